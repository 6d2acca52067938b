import { describe, expect, it } from "vitest";
import { isInWindow, offsetMinutes } from "./active-window";

const night = { from: "19:00", to: "06:00", utcOffset: "+03:00" };
const utc = (iso: string) => Date.parse(iso);

describe("active windows", () => {
  it("reads offsets either side of UTC", () => {
    expect(offsetMinutes("+03:00")).toBe(180);
    expect(offsetMinutes("-05:30")).toBe(-330);
  });

  it("spans midnight, including its start minute and excluding its end minute (Nairobi is UTC+3)", () => {
    expect(isInWindow(utc("2026-03-10T15:59:59Z"), night)).toBe(false); // 18:59:59 local
    expect(isInWindow(utc("2026-03-10T16:00:00Z"), night)).toBe(true); // 19:00
    expect(isInWindow(utc("2026-03-10T21:00:00Z"), night)).toBe(true); // 00:00 next day
    expect(isInWindow(utc("2026-03-11T02:59:59Z"), night)).toBe(true); // 05:59:59
    expect(isInWindow(utc("2026-03-11T03:00:00Z"), night)).toBe(false); // 06:00
  });

  it("handles a window within one day and a negative offset", () => {
    const lunch = { from: "12:00", to: "14:00", utcOffset: "-05:00" };
    expect(isInWindow(utc("2026-03-10T17:00:00Z"), lunch)).toBe(true);
    expect(isInWindow(utc("2026-03-10T19:00:00Z"), lunch)).toBe(false);
    expect(isInWindow(utc("2026-03-10T16:59:00Z"), lunch)).toBe(false);
  });
});
