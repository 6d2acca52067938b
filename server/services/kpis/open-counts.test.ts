import { describe, expect, it } from "vitest";
import { HOUR_MS } from "./hourly-history";
import { openCountsByHour } from "./open-counts";

const now = new Date("2026-11-29T12:30:00Z");
const t = (iso: string) => new Date(`2026-11-29T${iso}:00Z`);

describe("openCountsByHour", () => {
  it("counts what was open at each hour's end, and at now for the current hour", () => {
    const intervals = [
      { openedAt: t("09:10"), endedAt: t("11:20") }, // open at 10:00 and 11:00 ends, closed by 12:00
      { openedAt: t("10:59"), endedAt: null }, // open from the 11:00 end on
      { openedAt: t("12:15"), endedAt: null }, // opened in the current hour, before now
      { openedAt: t("11:00"), endedAt: t("11:00") }, // opened and closed at once: never open
    ];
    const points = openCountsByHour(intervals, now);
    const at = (hour: string) => points.find((p) => p.hour.getTime() === t(hour).getTime())!.value;
    expect(at("09:00")).toBe(1);
    expect(at("10:00")).toBe(2);
    expect(at("11:00")).toBe(1);
    expect(at("12:00")).toBe(2);
    expect(points[0]!.hour.getTime()).toBe(t("12:00").getTime() - 168 * HOUR_MS);
    expect(points).toHaveLength(31);
  });
});
