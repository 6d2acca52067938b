/** Fixtures for the evaluation tests: a sensor and one bucket a minute from a list of averages. */
import type { Bucket, SensorFacts } from "./sensor-facts";

export const T0 = Date.parse("2026-03-10T09:00:00Z");
export const MINUTE = 60_000;

export function sensorFacts(overrides: Partial<SensorFacts> = {}): SensorFacts {
  return {
    id: "air-quality-1",
    agencyId: "environment",
    kind: "air_quality",
    name: "PM2.5 monitor, Kilimani",
    unit: "ug/m3",
    lon: 36.78,
    lat: -1.29,
    cadenceS: 60,
    config: {},
    latestAt: null,
    ...overrides,
  };
}

/** `values[i]` is the average (and last value) of minute i after `start`; null leaves the minute empty. */
export function minuteBuckets(values: readonly (number | null)[], start = T0, stepMs = MINUTE): Bucket[] {
  return values.flatMap((value, i) => (value === null ? [] : [{ at: start + i * stepMs, mean: value, last: value }]));
}

/** "now" just after the last of `count` minutes, as the clock sees it when that minute's reading arrived. */
export const justAfter = (count: number, start = T0, stepMs = MINUTE) => start + (count - 1) * stepMs + 5_000;
