import { describe, expect, it } from "vitest";
import { sparklineRuns } from "./sparkline-path";

describe("sparklineRuns", () => {
  it("spreads the values over the width, the lowest at the bottom and the highest at the top", () => {
    expect(sparklineRuns([0, 5, 10])).toEqual(["0.00,28.00 50.00,15.00 100.00,2.00"]);
  });

  it("breaks the line where values are missing", () => {
    expect(sparklineRuns([1, 2, null, 3, 4])).toEqual(["0.00,28.00 25.00,19.33", "75.00,10.67 100.00,2.00"]);
  });

  it("draws a flat series in the middle, a lone point as a dash, and nothing without values", () => {
    expect(sparklineRuns([7, 7])).toEqual(["0.00,15.00 100.00,15.00"]);
    expect(sparklineRuns([null, 4, null])).toEqual(["49.00,15.00 51.00,15.00"]);
    expect(sparklineRuns([null, null])).toEqual([]);
  });
});
