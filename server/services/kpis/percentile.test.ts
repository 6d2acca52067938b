import { describe, expect, it } from "vitest";
import { median, percentile } from "./percentile";

describe("percentile", () => {
  it("interpolates between the closest ranks, as percentile_cont does", () => {
    const oneToTen = [10, 3, 1, 7, 5, 2, 9, 4, 8, 6];
    expect(percentile(oneToTen, 0.9)).toBeCloseTo(9.1, 10);
    expect(percentile(oneToTen, 0.5)).toBeCloseTo(5.5, 10);
    expect(percentile(oneToTen, 0)).toBe(1);
    expect(percentile(oneToTen, 1)).toBe(10);
  });

  it("takes the middle value of an odd count and the mean of the two middle ones of an even count", () => {
    expect(median([7, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("is the value itself for one value and null for none", () => {
    expect(percentile([42], 0.9)).toBe(42);
    expect(median([])).toBeNull();
  });

  it("matches hand-checked response times (seconds): p90 of eleven runs", () => {
    // Sorted: 240 300 330 360 420 450 480 540 600 720 1080; rank 0.9 * 10 = 9 → 720.
    expect(percentile([480, 300, 1080, 420, 360, 720, 240, 540, 450, 600, 330], 0.9)).toBe(720);
    // Rank 0.9 * 9 = 8.1 → 600 + 0.1 * (720 - 600) = 612 once the largest is left out.
    expect(percentile([480, 300, 420, 360, 720, 240, 540, 450, 600, 330], 0.9)).toBeCloseTo(612, 10);
  });

  it("refuses a p outside 0..1", () => {
    expect(() => percentile([1], 90)).toThrow(RangeError);
  });
});
