import { describe, expect, it } from "vitest";
import { hourlyHistory, hourStart, HOUR_MS, seriesByHour, trendAndBaselineHours } from "./hourly-history";

const now = new Date("2026-11-29T12:34:56Z");
const hoursAgo = (n: number) => new Date(hourStart(now).getTime() - n * HOUR_MS);

describe("hourlyHistory", () => {
  it("draws the last 24 hours oldest first, with gaps as null", () => {
    const { trend } = hourlyHistory([{ hour: hoursAgo(0), value: 5 }, { hour: hoursAgo(23), value: 1 }, { hour: hoursAgo(24), value: 99 }], now);
    expect(trend).toHaveLength(24);
    expect(trend[0]).toBe(1);
    expect(trend[23]).toBe(5);
    expect(trend.slice(1, 23).every((v) => v === null)).toBe(true);
  });

  it("compares with the same hour yesterday and the median of that hour over seven days", () => {
    // Same hour 1..7 days ago: 10, 40, 20, 30, 50, 60, 70 → sorted 10 20 30 40 50 60 70, median 40.
    const sameHour = [10, 40, 20, 30, 50, 60, 70].map((value, day) => ({ hour: hoursAgo(24 * (day + 1)), value }));
    const other = { hour: hoursAgo(25), value: 1000 };
    expect(hourlyHistory([...sameHour, other], now).baseline).toEqual({ sameHourYesterday: 10, median7d: 40 });
  });

  it("takes the median of the days that have a value, and none without any", () => {
    const twoDays = [{ hour: hoursAgo(48), value: 3 }, { hour: hoursAgo(72), value: 4 }];
    expect(hourlyHistory(twoDays, now).baseline).toEqual({ sameHourYesterday: null, median7d: 3.5 });
    expect(hourlyHistory([], now).baseline).toEqual({ sameHourYesterday: null, median7d: null });
  });
});

describe("trendAndBaselineHours", () => {
  it("is the last 24 hours and the same hour on each of the seven days before", () => {
    const hours = trendAndBaselineHours(now).map((h) => (hourStart(now).getTime() - h.getTime()) / HOUR_MS);
    expect(hours).toEqual([...Array.from({ length: 24 }, (_, i) => i), 24, 48, 72, 96, 120, 144, 168]);
  });
});

describe("seriesByHour", () => {
  it("gives each trend and baseline hour the value of its own items, and an empty hour an empty group", () => {
    const items = [hoursAgo(0), hoursAgo(0), hoursAgo(24), hoursAgo(30)].map((hour) => ({ at: new Date(hour.getTime() + 60_000) }));
    const points = seriesByHour(items, (i) => i.at, now, (inHour) => inHour.length);
    expect(points).toHaveLength(31);
    expect(points[0]).toEqual({ hour: hoursAgo(0), value: 2 });
    expect(points.find((p) => p.hour.getTime() === hoursAgo(24).getTime())?.value).toBe(1);
    expect(points.find((p) => p.hour.getTime() === hoursAgo(1).getTime())?.value).toBe(0);
  });
});
