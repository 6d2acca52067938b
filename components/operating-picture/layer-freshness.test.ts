import { describe, expect, it } from "vitest";
import { formatAgeShort, judgeFreshness } from "./layer-freshness";

const now = 1_000_000_000;

describe("judgeFreshness", () => {
  it("follows GTFS-Realtime for matatus: fresh within a minute, amber to 90 s, then red", () => {
    expect(judgeFreshness(now - 30_000, now, 30)).toEqual({ level: "fresh", ageS: 30 });
    expect(judgeFreshness(now - 75_000, now, 30).level).toBe("late");
    expect(judgeFreshness(now - 91_000, now, 30).level).toBe("stale");
  });

  it("says when a layer has had no data at all", () => {
    expect(judgeFreshness(null, now, 60)).toEqual({ level: "none", ageS: null });
  });

  it("treats a clock slightly ahead of ours as just now", () => {
    expect(judgeFreshness(now + 2_000, now, 60)).toEqual({ level: "fresh", ageS: 0 });
  });
});

describe("formatAgeShort", () => {
  it.each([
    [12, "12 s"],
    [240, "4 min"],
    [3 * 3600 + 5, "3 h"],
    [2 * 86_400, "2 d"],
  ])("%i s reads %s", (seconds, text) => {
    expect(formatAgeShort(seconds)).toBe(text);
  });
});
