import { describe, expect, it } from "vitest";
import { cityClock, localHour, localMidnight } from "./city-clock";

const nairobi = { timezone: "Africa/Nairobi", utcOffsetMinutes: 180 };

describe("city clock", () => {
  it("reads the seeded city's zone", () => {
    expect(cityClock()).toEqual(nairobi);
  });

  it("starts the local day at local midnight (21:00 UTC the evening before in Nairobi)", () => {
    expect(localMidnight(new Date("2026-11-29T12:00:00Z"), nairobi)).toEqual(new Date("2026-11-28T21:00:00Z"));
    expect(localMidnight(new Date("2026-11-29T22:30:00Z"), nairobi)).toEqual(new Date("2026-11-29T21:00:00Z"));
  });

  it("tells the local hour", () => {
    expect(localHour(new Date("2026-11-29T20:59:00Z"), nairobi)).toBe(23);
    expect(localHour(new Date("2026-11-29T21:00:00Z"), nairobi)).toBe(0);
  });
});
