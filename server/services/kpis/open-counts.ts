import { HOUR_MS, trendAndBaselineHours, type HourlyPoint } from "./hourly-history";

export interface OpenInterval {
  openedAt: Date;
  /** Null while still open. */
  endedAt: Date | null;
}

/**
 * How many were open at the end of each trend and baseline hour (at `now` for the current hour):
 * the open incidents or service requests the wall would have shown then. Each interval adds one
 * from the first moment at or after its opening and takes it away from the first at or after its
 * end, found by binary search among the 31 moments: no sort of a week's incidents, which cost
 * more than all the rest of the panel's arithmetic.
 */
export function openCountsByHour(intervals: readonly OpenInterval[], now: Date): HourlyPoint[] {
  const hours = trendAndBaselineHours(now).sort((a, b) => a.getTime() - b.getTime());
  const moments = hours.map((hour) => Math.min(hour.getTime() + HOUR_MS, now.getTime()));
  const firstMomentFrom = (ms: number) => {
    let low = 0;
    let high = moments.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (moments[middle]! >= ms) high = middle;
      else low = middle + 1;
    }
    return low;
  };
  const change = new Int32Array(moments.length + 1);
  for (const { openedAt, endedAt } of intervals) {
    const openedMs = openedAt.getTime();
    change[firstMomentFrom(openedMs)]!++;
    // An end recorded before its start (a clock off somewhere) counts as ending when it began.
    if (endedAt) change[firstMomentFrom(Math.max(endedAt.getTime(), openedMs))]!--;
  }
  let open = 0;
  return hours.map((hour, i) => ({ hour, value: (open += change[i]!) }));
}
