import { describe, expect, it } from "vitest";
import { ThresholdParams } from "@/lib/domain/rules";
import { replayLevels } from "./replay";
import { thresholdPoint, thresholdTiming } from "./threshold";
import { MINUTE, minuteBuckets, T0 } from "./testing";

const params = ThresholdParams.parse({ sensorKind: "waste_bin_fill", direction: "above", limit: { value: 90 }, forMinutes: 3, clearForMinutes: 2 });
const replay = (values: number[]) => {
  const buckets = minuteBuckets(values);
  return replayLevels([{ severity: "minor", points: buckets.map((b) => thresholdPoint(params, 90, b)) }], thresholdTiming(params, 60));
};

describe("replaying a rule over past buckets", () => {
  it("finds each firing, when it would have cleared, and re-triggers in between", () => {
    const firings = replay([95, 95, 95, 80, 95, 95, 95, 80, 80, 95, 95, 95]);
    expect(firings).toEqual([
      { from: new Date(T0), to: new Date(T0 + 8 * MINUTE), severity: "minor", retriggers: 1 },
      { from: new Date(T0 + 9 * MINUTE), to: null, severity: "minor", retriggers: 0 },
    ]);
  });

  it("finds nothing in a quiet day", () => {
    expect(replay([10, 20, 30])).toEqual([]);
  });
});
