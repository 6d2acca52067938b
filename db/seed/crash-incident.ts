/**
 * One Ma3Route crash report → one closed historic incident, or the reason it is left out.
 * Columns: crash_id, crash_datetime (DD/MM/YYYY HH:MM local), latitude, longitude,
 * n_crash_reports and 0/1 flags contains_{fatality,pedestrian,matatu,motorcycle}_words.
 */
import type { incidents } from "@/db/schema";
import type { AreaIndex } from "./geo/area-index";
import { locate } from "./geo/locate";

export type IncidentRow = typeof incidents.$inferInsert;

const DATETIME = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2})$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;
/** The reports carry no clearance time; an hour is a plausible closure for a collision. */
const ASSUMED_DURATION_MS = 60 * 60 * 1000;

/** Local "DD/MM/YYYY HH:MM" at a fixed UTC offset → instant; null if malformed or impossible (31/02). */
export function parseLocalDateTime(value: string, utcOffsetMinutes: number): Date | null {
  const match = DATETIME.exec(value.trim());
  if (!match) return null;
  const [day, month, year, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const asUtc = new Date(Date.UTC(year, month - 1, day, hour, minute));
  const valid =
    asUtc.getUTCFullYear() === year && asUtc.getUTCMonth() === month - 1 && asUtc.getUTCDate() === day && hour < 24 && minute < 60;
  return valid ? new Date(asUtc.getTime() - utcOffsetMinutes * 60_000) : null;
}

function describe(flag: (name: string) => boolean): { priority: 1 | 2 | 3; title: string } {
  if (flag("fatality")) return { priority: 1, title: "Road collision (fatality reported)" };
  if (flag("pedestrian")) return { priority: 2, title: "Road collision involving a pedestrian" };
  if (flag("motorcycle")) return { priority: 2, title: "Road collision involving a motorcycle" };
  if (flag("matatu")) return { priority: 3, title: "Road collision involving a matatu" };
  return { priority: 3, title: "Road collision" };
}

export type CrashOutcome = { row: IncidentRow } | { skipped: "malformed" | "outside" };

export function crashToIncident(values: Record<string, string>, wards: AreaIndex, utcOffsetMinutes: number): CrashOutcome {
  const id = values.crash_id?.trim();
  const reportedAt = parseLocalDateTime(values.crash_datetime ?? "", utcOffsetMinutes);
  const lat = values.latitude?.trim() ?? "";
  const lon = values.longitude?.trim() ?? "";
  if (!id || !reportedAt || !DECIMAL.test(lat) || !DECIMAL.test(lon)) return { skipped: "malformed" };
  const place = locate(Number(lon), Number(lat), wards);
  if (!place.wardCode) return { skipped: "outside" };

  const flag = (name: string) => values[`contains_${name}_words`]?.trim() === "1";
  const mentions = ["fatality", "pedestrian", "matatu", "motorcycle"].filter(flag);
  const reports = Number(values.n_crash_reports) || 1;
  const closedAt = new Date(reportedAt.getTime() + ASSUMED_DURATION_MS);
  return {
    row: {
      agencyId: "police",
      type: "road_collision",
      status: "closed",
      ...describe(flag),
      description: `Ma3Route crowd report (${reports} ${reports === 1 ? "report" : "reports"})${mentions.length ? `; mentions ${mentions.join(", ")}` : ""}.`,
      ...place,
      source: "history",
      sourceRef: id,
      synthetic: false,
      reportedAt,
      clearedAt: closedAt,
      closedAt,
      updatedAt: closedAt,
    },
  };
}
