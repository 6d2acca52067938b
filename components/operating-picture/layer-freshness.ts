export type FreshnessLevel = "fresh" | "late" | "stale" | "none";

export interface Freshness {
  level: FreshnessLevel;
  /** Seconds since the newest data; null when there is none yet. */
  ageS: number | null;
}

/** Late (amber) after two expected intervals without news, stale (red) after three: GTFS-RT's 30 s cadence then turns red at its 90 s staleness limit. */
const LATE_AFTER = 2;
const STALE_AFTER = 3;

/** How old a layer's newest data is against how often it should arrive. */
export function judgeFreshness(newestMs: number | null, nowMs: number, cadenceS: number): Freshness {
  if (newestMs === null) return { level: "none", ageS: null };
  const ageS = Math.max(0, Math.round((nowMs - newestMs) / 1000));
  const level = ageS > STALE_AFTER * cadenceS ? "stale" : ageS > LATE_AFTER * cadenceS ? "late" : "fresh";
  return { level, ageS };
}

/** "12 s", "4 min", "3 h", "2 d": short enough for a panel row. */
export function formatAgeShort(ageS: number): string {
  if (ageS < 60) return `${ageS} s`;
  if (ageS < 3600) return `${Math.floor(ageS / 60)} min`;
  if (ageS < 86_400) return `${Math.floor(ageS / 3600)} h`;
  return `${Math.floor(ageS / 86_400)} d`;
}
