import type { KpiBaseline } from "@/lib/domain/kpis";
import { median } from "./percentile";

export const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** The sparkline covers the last day, one point an hour. */
export const TREND_HOURS = 24;
/** The 7-day median needs the same hour on each of the seven days before today. */
export const HISTORY_DAYS = 7;

export interface HourlyPoint {
  hour: Date;
  value: number | null;
}

/** Start of the hour holding `now`. Hours are whole in UTC, which is enough for whole-hour offsets like Nairobi's. */
export const hourStart = (now: Date) => new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS);

/** The first hour a KPI's history needs: seven days before the current hour. */
export const historyStart = (now: Date) => new Date(hourStart(now).getTime() - HISTORY_DAYS * DAY_MS);

/**
 * The hours a KPI's trend and baselines read, and nothing more: the last 24, and the same hour
 * on each of the seven days before. Thirty-one hours instead of a week's 169.
 */
export function trendAndBaselineHours(now: Date): Date[] {
  const current = hourStart(now).getTime();
  const trend = Array.from({ length: TREND_HOURS }, (_, i) => current - i * HOUR_MS);
  const sameHour = Array.from({ length: HISTORY_DAYS }, (_, day) => current - (day + 1) * DAY_MS);
  return [...trend, ...sameHour].map((ms) => new Date(ms));
}

/**
 * The sparkline (the last 24 hours, null where an hour has no value) and the baselines for the
 * current hour: the same hour yesterday, and the median of that hour over the past seven days.
 */
export function hourlyHistory(points: readonly HourlyPoint[], now: Date): { trend: (number | null)[]; baseline: KpiBaseline } {
  const byHour = new Map(points.map((p) => [p.hour.getTime(), p.value]));
  const current = hourStart(now).getTime();
  const valueAt = (ms: number) => byHour.get(ms) ?? null;
  const trend = Array.from({ length: TREND_HOURS }, (_, i) => valueAt(current - (TREND_HOURS - 1 - i) * HOUR_MS));
  const sameHour = Array.from({ length: HISTORY_DAYS }, (_, day) => valueAt(current - (day + 1) * DAY_MS)).filter((v) => v !== null);
  return { trend, baseline: { sameHourYesterday: valueAt(current - DAY_MS), median7d: median(sameHour) } };
}

/** Each trend and baseline hour's value, from the items that fall in it; items in other hours are not looked at twice. */
export function seriesByHour<T>(items: Iterable<T>, timeOf: (item: T) => Date, now: Date, valueOf: (inHour: T[]) => number | null): HourlyPoint[] {
  const hours = trendAndBaselineHours(now);
  const groups = new Map<number, T[]>(hours.map((h) => [h.getTime(), []]));
  for (const item of items) groups.get(Math.floor(timeOf(item).getTime() / HOUR_MS) * HOUR_MS)?.push(item);
  return hours.map((hour) => ({ hour, value: valueOf(groups.get(hour.getTime())!) }));
}
