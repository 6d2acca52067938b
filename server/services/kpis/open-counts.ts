import { HOUR_MS, trendAndBaselineHours, type HourlyPoint } from "./hourly-history";

export interface OpenInterval {
  openedAt: Date;
  /** Null while still open. */
  endedAt: Date | null;
}

/**
 * How many were open at the end of each trend and baseline hour (at `now` for the current hour):
 * the open incidents or service requests the wall would have shown then. One sweep over the
 * sorted openings and closings, so thousands of incidents cost a millisecond or two.
 */
export function openCountsByHour(intervals: readonly OpenInterval[], now: Date): HourlyPoint[] {
  // Typed arrays sort numerically without calling a comparator: about three times faster over a week of incidents.
  const opened = Float64Array.from(intervals, (i) => i.openedAt.getTime()).sort();
  // An end recorded before its start (a clock off somewhere) counts as ending when it began.
  const ended = Float64Array.from(intervals.flatMap((i) => (i.endedAt ? [Math.max(i.endedAt.getTime(), i.openedAt.getTime())] : []))).sort();
  const hours = trendAndBaselineHours(now).sort((a, b) => a.getTime() - b.getTime());
  let openedSoFar = 0;
  let endedSoFar = 0;
  return hours.map((hour) => {
    const at = Math.min(hour.getTime() + HOUR_MS, now.getTime());
    while (openedSoFar < opened.length && opened[openedSoFar]! <= at) openedSoFar++;
    while (endedSoFar < ended.length && ended[endedSoFar]! <= at) endedSoFar++;
    return { hour, value: openedSoFar - endedSoFar };
  });
}
