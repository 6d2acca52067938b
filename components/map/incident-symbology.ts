import type { Priority } from "@/lib/domain/incidents";
import type { Rgb } from "./rgb";

/** How each priority looks on the map, in the list and in the legend: P1 red down to P4 blue. */
export const PRIORITY_SYMBOLOGY: Record<Priority, { color: Rgb; meaning: string }> = {
  1: { color: [239, 68, 68], meaning: "Life threat" },
  2: { color: [249, 115, 22], meaning: "Urgent" },
  3: { color: [234, 179, 8], meaning: "Prompt" },
  4: { color: [96, 165, 250], meaning: "Non-urgent" },
};

/** Rows carry priority as a smallint; the database's check keeps it within 1..4. */
export const prioritySymbology = (priority: number) => PRIORITY_SYMBOLOGY[priority as Priority];
