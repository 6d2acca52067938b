import { describe, expect, it } from "vitest";
import { RateOfChangeParams } from "@/lib/domain/rules";
import { evaluateRateOfChange } from "./rate-of-change";
import { justAfter, minuteBuckets, sensorFacts, T0, MINUTE } from "./testing";

const rising = RateOfChangeParams.parse({ sensorKind: "water_level", direction: "rising", change: 0.3, perMinutes: 15 });
const gauge = sensorFacts({ id: "water-level-01", kind: "water_level", unit: "m" });
const rule = { name: "River rising fast", severity: "severe" as const };
/** A level that climbs `perMinute` metres each minute from 1.5 m. */
const climb = (minutes: number, perMinute: number) => Array.from({ length: minutes }, (_, i) => 1.5 + i * perMinute);
const evaluate = (values: (number | null)[], params = rising) => evaluateRateOfChange(rule, params, gauge, minuteBuckets(values), justAfter(values.length));

describe("rate-of-change rules", () => {
  it("needs a value from the start of the span before it judges", () => {
    expect(evaluate(climb(15, 0.1)).verdict).toBe("hold");
  });

  it("fires at exactly the set change over 15 minutes, not just under it", () => {
    expect(evaluate(climb(16, 0.02)).verdict).toBe("fire"); // 0.30 m in 15 min
    expect(evaluate(climb(16, 0.0199)).verdict).toBe("hold"); // between half and all of it
    expect(evaluate(climb(16, 0.0099)).verdict).toBe("clear");
  });

  it("says how fast and where the level is now", () => {
    expect(evaluate(climb(16, 0.04))).toMatchObject({
      verdict: "fire",
      since: new Date(T0 + 15 * MINUTE),
      description: "Rose 0.6 m in 15 min (limit 0.3 m); now 2.1 m.",
    });
  });

  it("ignores a fall when watching for a rise, and the other way round", () => {
    const falling = climb(16, -0.05);
    expect(evaluate(falling).verdict).toBe("clear");
    expect(evaluate(falling, { ...rising, direction: "falling" }).verdict).toBe("fire");
  });

  it("compares only with a value from about the span ago, never an older one", () => {
    const values = [...climb(3, 0.1), ...Array<null>(22).fill(null), 3];
    expect(evaluate(values).verdict).toBe("hold");
    expect(evaluate([...climb(3, 0.1), ...Array<null>(14).fill(null), 3]).verdict).toBe("fire");
  });
});
