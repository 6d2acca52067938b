import { describe, expect, it } from "vitest";
import { ThresholdParams } from "@/lib/domain/rules";
import { evaluateThreshold } from "./threshold";
import { justAfter, MINUTE, minuteBuckets, sensorFacts, T0 } from "./testing";

const pm25 = ThresholdParams.parse({
  sensorKind: "air_quality",
  direction: "above",
  limit: { value: 55.4 },
  forMinutes: 30,
  clearMargin: 5,
  clearForMinutes: 5,
  escalations: [{ limit: { value: 125.4 }, severity: "severe" }],
});
const rule = { name: "PM2.5 unhealthy", severity: "moderate" as const };
const sensor = sensorFacts();
const repeat = (value: number, count: number) => Array<number>(count).fill(value);
const evaluate = (values: (number | null)[], now = justAfter(values.length), params = pm25, facts = sensor) =>
  evaluateThreshold(rule, params, facts, minuteBuckets(values), now);

describe("threshold rules", () => {
  it("treats the limit itself as not above it", () => {
    expect(evaluate(repeat(55.4, 40))?.verdict).toBe("hold");
    expect(evaluate(repeat(55.5, 40))?.verdict).toBe("fire");
  });

  it("fires after 30 one-minute averages above the limit, not after 29", () => {
    expect(evaluate(repeat(60, 29))?.verdict).toBe("hold");
    expect(evaluate(repeat(60, 30))).toMatchObject({
      verdict: "fire",
      severity: "moderate",
      since: new Date(T0),
      subject: { kind: "sensor", id: "air-quality-1", agencyId: "environment" },
      area: { type: "Point", coordinates: [36.78, -1.29] },
      sensorKind: "air_quality",
      description: "One-minute average 60 ug/m3, above the limit of 55.4 ug/m3 for 30 min.",
    });
  });

  it("keeps a flapping value from firing: one minute below restarts the 30 minutes", () => {
    const flapping = [...repeat(60, 20), 54, ...repeat(60, 20)];
    expect(evaluate(flapping)?.verdict).toBe("hold");
  });

  it("keeps an open alert open inside the hysteresis band, and clears after five minutes clearly below", () => {
    const fired = repeat(60, 30);
    expect(evaluate([...fired, 52, 53, 51, 54, 52, 53])?.verdict).toBe("hold"); // 50.4 < value <= 55.4
    expect(evaluate([...fired, ...repeat(50, 4)])?.verdict).toBe("hold");
    expect(evaluate([...fired, ...repeat(50, 5)])).toMatchObject({ verdict: "clear", reason: "Back to 50 ug/m3 (limit 55.4 ug/m3)." });
  });

  it("escalates the severity once the higher limit has held for the duration too", () => {
    expect(evaluate([...repeat(60, 10), ...repeat(130, 29)])).toMatchObject({ verdict: "fire", severity: "moderate" });
    expect(evaluate([...repeat(60, 10), ...repeat(130, 30)])).toMatchObject({ verdict: "fire", severity: "severe", since: new Date(T0) });
  });

  it("reports a run that reaches back past the data looked at as continuing", () => {
    expect(evaluate(repeat(60, 45))).toMatchObject({ verdict: "fire", continuing: true });
    expect(evaluate([40, ...repeat(60, 44)])).toMatchObject({ verdict: "fire", continuing: false, since: new Date(T0 + MINUTE) });
  });

  it("decides nothing once the data is older than two missed reports", () => {
    const values = repeat(60, 30);
    const lastBucket = T0 + 29 * MINUTE;
    expect(evaluate(values, lastBucket + 3 * MINUTE)?.verdict).toBe("fire");
    expect(evaluate(values, lastBucket + 3 * MINUTE + 1)?.verdict).toBe("hold");
  });

  it("uses the gauge's own flood stages, and skips a gauge without them", () => {
    const river = ThresholdParams.parse({
      sensorKind: "water_level",
      direction: "above",
      limit: { floodStage: "minor" },
      forMinutes: 0,
      escalations: [
        { limit: { floodStage: "moderate" }, severity: "moderate" },
        { limit: { floodStage: "major" }, severity: "severe" },
      ],
    });
    const gauge = sensorFacts({ kind: "water_level", unit: "m", config: { floodStagesM: { action: 1.5, minor: 2, moderate: 2.5, major: 3.1 } } });
    const at = (level: number) => evaluateThreshold({ name: "River", severity: "minor" }, river, gauge, minuteBuckets([1.9, level]), justAfter(2));
    expect(at(2)?.verdict).toBe("clear");
    expect(at(2.01)).toMatchObject({ verdict: "fire", severity: "minor" });
    expect(at(2.6)).toMatchObject({ verdict: "fire", severity: "moderate" });
    expect(at(3.2)).toMatchObject({ verdict: "fire", severity: "severe", description: "Reading 3.2 m, above the limit of 3.1 m." });
    expect(evaluateThreshold({ name: "River", severity: "minor" }, river, sensorFacts({ kind: "water_level" }), minuteBuckets([5]), justAfter(1))).toBeNull();
  });

  it("watches street lights only at night, and clears at dawn", () => {
    const lights = ThresholdParams.parse({
      sensorKind: "streetlight_circuit",
      direction: "below",
      limit: { value: 0.5 },
      forMinutes: 10,
      activeWindow: { from: "19:00", to: "06:00", utcOffset: "+03:00" },
    });
    const circuit = sensorFacts({ kind: "streetlight_circuit", unit: "/", cadenceS: 300 });
    const fiveMinutes = 5 * MINUTE;
    const dark = (start: number, count: number) => {
      const buckets = minuteBuckets(repeat(0, count), start, fiveMinutes);
      return evaluateThreshold(rule, lights, circuit, buckets, buckets.at(-1)!.at + 5_000);
    };
    const dusk = Date.parse("2026-03-10T16:00:00Z"); // 19:00 in Nairobi
    expect(dark(dusk - 30 * MINUTE, 6)?.verdict).toBe("clear"); // daytime: lights are meant to be off
    expect(dark(dusk, 2)?.verdict).toBe("hold"); // 0 and 5 minutes: six minutes of data
    expect(dark(dusk, 3)).toMatchObject({ verdict: "fire", since: new Date(dusk) });
    const dawn = Date.parse("2026-03-11T03:00:00Z"); // 06:00
    expect(dark(dawn - 20 * MINUTE, 4)?.verdict).toBe("fire");
    expect(dark(dawn - 20 * MINUTE, 5)?.verdict).toBe("clear");
  });
});
