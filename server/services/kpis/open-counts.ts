import { historyHours, HOUR_MS, type HourlyPoint } from "./hourly-history";

export interface OpenInterval {
  openedAt: Date;
  /** Null while still open. */
  endedAt: Date | null;
}

/**
 * How many were open at the end of each hour of the KPI history (at `now` for the current hour):
 * the open incidents or service requests the wall would have shown then.
 */
export function openCountsByHour(intervals: readonly OpenInterval[], now: Date): HourlyPoint[] {
  return historyHours(now).map((hour) => {
    const at = Math.min(hour.getTime() + HOUR_MS, now.getTime());
    let open = 0;
    for (const { openedAt, endedAt } of intervals) {
      if (openedAt.getTime() <= at && (endedAt === null || endedAt.getTime() > at)) open++;
    }
    return { hour, value: open };
  });
}
