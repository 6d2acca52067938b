import { describe, expect, it } from "vitest";
import { HOUR_MS, latestBySensor, MINUTE_MS, rollUp } from "./reading-rollups";

const at = (iso: string) => new Date(iso);
const readings = [
  { sensorId: "aq-1", at: at("2026-03-01T08:00:40Z"), value: 12 },
  { sensorId: "aq-1", at: at("2026-03-01T08:00:10Z"), value: 30 },
  { sensorId: "aq-1", at: at("2026-03-01T08:01:05Z"), value: 7 },
  { sensorId: "aq-2", at: at("2026-03-01T08:00:20Z"), value: -4 },
  { sensorId: "aq-1", at: at("2026-03-01T08:00:59.999Z"), value: 20 },
];

describe("rollUp", () => {
  it("sums, counts and bounds each sensor's readings per minute, keeping the value of the newest as last", () => {
    expect(rollUp(readings, MINUTE_MS)).toEqual([
      { sensorId: "aq-1", bucket: at("2026-03-01T08:00:00Z"), count: 3, sum: 62, min: 12, max: 30, last: 20, lastAt: at("2026-03-01T08:00:59.999Z") },
      { sensorId: "aq-1", bucket: at("2026-03-01T08:01:00Z"), count: 1, sum: 7, min: 7, max: 7, last: 7, lastAt: at("2026-03-01T08:01:05Z") },
      { sensorId: "aq-2", bucket: at("2026-03-01T08:00:00Z"), count: 1, sum: -4, min: -4, max: -4, last: -4, lastAt: at("2026-03-01T08:00:20Z") },
    ]);
  });

  it("puts a whole UTC hour in one bucket whatever the order of arrival", () => {
    const [aq1] = rollUp([...readings].reverse(), HOUR_MS);
    expect(aq1).toMatchObject({ bucket: at("2026-03-01T08:00:00Z"), count: 4, sum: 69, min: 7, max: 30, last: 7 });
  });
});

describe("latestBySensor", () => {
  it("keeps each sensor's newest reading", () => {
    expect(latestBySensor(readings).map((r) => [r.sensorId, r.value])).toEqual([["aq-1", 7], ["aq-2", -4]]);
  });
});
