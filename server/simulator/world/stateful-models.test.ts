import { describe, expect, it } from "vitest";
import { LocalTime } from "../local-time";
import { randomStream } from "../random";
import { fakeSensor } from "../testing";
import { DrillEffects } from "./drill-effects";
import { RiverLevels } from "./river-levels";
import { StreetLights } from "./street-lights";
import { WasteBins } from "./waste-bins";

const NAIROBI = new LocalTime(180);
/** 2026-03-02 00:00 Nairobi time (a Monday). */
const MIDNIGHT = Date.UTC(2026, 2, 1, 21);
const hoursAfter = (hours: number) => new Date(MIDNIGHT + hours * 3_600_000);

describe("RiverLevels", () => {
  const gauge = fakeSensor("water_level", { config: { floodStagesM: { action: 1.4, minor: 1.9, moderate: 2.4, major: 3 } } });

  it("rises hours after a storm, past its flood stages for a big one, and recedes", () => {
    const rivers = new RiverLevels([gauge], new DrillEffects());
    const levels: number[] = [];
    for (let minute = 0; minute < 36 * 60; minute++) {
      rivers.step(minute < 120 ? 35 : 0, 60);
      levels.push(rivers.reading(gauge.id, hoursAfter(minute / 60)).levelM);
    }
    const peak = levels.indexOf(Math.max(...levels));
    expect(peak / 60).toBeGreaterThan(2);
    expect(levels[peak]).toBeGreaterThan(1.9);
    expect(levels[levels.length - 1]).toBeLessThan(1.4);
    expect(levels[levels.length - 1]).toBeLessThan(levels[peak]! - 0.8);
  });

  it("stays below action stage in dry weather, and a drill surge lifts it past major", () => {
    const effects = new DrillEffects();
    const rivers = new RiverLevels([gauge], effects);
    expect(rivers.reading(gauge.id, hoursAfter(0)).stage).toBe("normal");
    effects.surges.push({ sensorIds: new Set([gauge.id]), aboveMajorM: 0.5, startMs: MIDNIGHT, rampInMs: 600_000, endMs: MIDNIGHT + 3_600_000, rampOutMs: 3_600_000 });
    expect(rivers.reading(gauge.id, hoursAfter(0.5))).toMatchObject({ stage: "major", levelM: 3.5 });
    expect(rivers.reading(gauge.id, hoursAfter(3)).stage).toBe("normal");
  });
});

describe("WasteBins", () => {
  it("fill through the day and are emptied on collection rounds", () => {
    const bins = new WasteBins([fakeSensor("waste_bin_fill")], NAIROBI, 1);
    const random = randomStream(1, "test");
    const fills: number[] = [];
    for (let minute = 0; minute < 7 * 24 * 60; minute += 10) {
      bins.step(hoursAfter(minute / 60), 600, random);
      fills.push(bins.fillPct("waste-bin-fill-test"));
    }
    const emptied = fills.filter((fill, i) => i > 0 && fill < fills[i - 1]! - 20);
    expect(emptied.length).toBeGreaterThanOrEqual(2);
    expect(Math.max(...fills)).toBeGreaterThan(40);
    expect(Math.min(...fills)).toBeGreaterThanOrEqual(0);
  });
});

describe("StreetLights", () => {
  const circuits = Array.from({ length: 60 }, (_, i) => fakeSensor("streetlight_circuit", { id: `light-${i}`, config: { circuitLamps: 40 } }));

  it("fail only while lit at night, and crews repair them in working hours", () => {
    const effects = new DrillEffects();
    const lights = new StreetLights(circuits, NAIROBI, effects);
    const random = randomStream(2, "test");
    const faultyAt = (hour: number) => {
      lights.step(hoursAfter(hour), 600, random);
      return lights.faulty().length;
    };
    let nightStepsWithFaults = 0;
    for (let day = 0; day < 7; day++) {
      const faultyInTheMorning = lights.faulty().length;
      let faultyInTheEvening = faultyInTheMorning;
      for (let hour = day * 24 + 8; hour < day * 24 + 17; hour += 1 / 6) faultyInTheEvening = faultyAt(hour);
      // No new faults in daylight: from morning to evening the count can only fall.
      expect(faultyInTheEvening).toBeLessThanOrEqual(faultyInTheMorning);
      for (let hour = day * 24 + 17; hour < day * 24 + 32; hour += 1 / 6) nightStepsWithFaults += faultyAt(hour) > 0 ? 1 : 0;
    }
    expect(nightStepsWithFaults).toBeGreaterThan(0);
  });

  it("go dark in a power cut without being broken", () => {
    const effects = new DrillEffects();
    const lights = new StreetLights(circuits.slice(0, 1), NAIROBI, effects);
    effects.powerCuts.push({ wardCodes: new Set(["1000"]), startMs: MIDNIGHT, rampInMs: 0, endMs: MIDNIGHT + 3_600_000, rampOutMs: 0 });
    expect(lights.workingFraction("light-0", hoursAfter(0.5))).toBe(0);
    expect(lights.faulty()).toEqual([]);
    expect(lights.workingFraction("light-0", hoursAfter(1.5))).toBe(1);
  });
});
