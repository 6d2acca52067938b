import { describe, expect, it } from "vitest";
import { pm25Band, sensorBand } from "./sensor-symbology";

describe("pm25Band (US EPA AQI, 2024)", () => {
  it.each([
    [0, "Good"],
    [9.0, "Good"],
    [9.05, "Good"], // truncated to 9.0 first
    [9.1, "Moderate"],
    [35.4, "Moderate"],
    [35.5, "Unhealthy for sensitive groups"],
    [55.5, "Unhealthy"],
    [125.5, "Very unhealthy"],
    [225.5, "Hazardous"],
    [900, "Hazardous"],
  ])("%d µg/m³ is %s", (value, name) => {
    expect(pm25Band(value).name).toBe(name);
  });
});

describe("sensorBand", () => {
  const stages = { action: 1, minor: 2, moderate: 3, major: 4 };
  const band = (kind: Parameters<typeof sensorBand>[0]["kind"], latestValue: number | null, config = {}) => sensorBand({ kind, latestValue, config });

  it("places river gauges against their own flood stages", () => {
    expect(band("water_level", 0.5, { floodStagesM: stages })).toMatchObject({ name: "Below action stage" });
    expect(band("water_level", 2.2, { floodStagesM: stages })).toMatchObject({ name: "Minor flooding", alarm: true });
    expect(band("water_level", 4, { floodStagesM: stages })).toMatchObject({ name: "Major flooding", alarm: true });
  });

  it("is grey before the first reading", () => {
    expect(band("air_quality", null).color).toEqual([100, 116, 139]);
  });

  it("uses the AQI colour for PM2.5", () => {
    expect(band("air_quality", 40).color).toEqual([255, 126, 0]);
  });

  it.each([
    ["noise", 50, "Within WHO guidance"],
    ["noise", 70, "Loud"],
    ["substation_load", 101, "Over capacity"],
    ["streetlight_circuit", 0.2, "Circuit failed"],
    ["streetlight_circuit", 1, "All lamps lit"],
    ["waste_bin_fill", 95, "Full"],
    ["waste_bin_fill", 40, "Room left"],
  ] as const)("%s at %d reads %s", (kind, value, name) => {
    expect(band(kind, value).name).toBe(name);
  });

  it("makes failed street-light circuits and full bins alarms, and nothing ordinary", () => {
    expect(band("streetlight_circuit", 0).alarm).toBe(true);
    expect(band("waste_bin_fill", 90).alarm).toBe(true);
    expect(band("waste_bin_fill", 89).alarm).toBeFalsy();
    expect(band("noise", 80).alarm).toBeFalsy();
  });

  it("judges traffic speed against the road's limit", () => {
    expect(band("traffic_speed", 70, { speedLimitKph: 80 }).name).toBe("Free flow");
    expect(band("traffic_speed", 30, { speedLimitKph: 80 }).name).toBe("Congested");
    expect(band("traffic_speed", 30).name).toBe("Slow"); // 50 km/h urban default
  });
});
