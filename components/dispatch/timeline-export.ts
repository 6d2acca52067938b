/** The incident timeline as files a supervisor can file or analyse: JSON (complete) and CSV (one row per entry). */
import { describeEvent } from "./describe-event";

export interface ExportableTimeline {
  incident: { id: string; title: string };
  events: { id: number; at: Date; kind: string; actor: string; data: Record<string, unknown> }[];
}

const csvField = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

export function timelineCsv({ events }: ExportableTimeline): string {
  const rows = events.map((event) => [event.at.toISOString(), event.kind, event.actor, describeEvent(event), JSON.stringify(event.data)]);
  return [["at", "kind", "actor", "entry", "data"], ...rows].map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

export function timelineJson(timeline: ExportableTimeline): string {
  return JSON.stringify(timeline, null, 2);
}

/** Saves `content` as a file through the browser's download. */
export function download(filename: string, content: string, type: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = Object.assign(document.createElement("a"), { href: url, download: filename });
  link.click();
  URL.revokeObjectURL(url);
}
