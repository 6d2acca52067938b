import { describe, expect, it } from "vitest";
import { pm25Band, riverStage, sensorColor } from "./sensor-symbology";

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

describe("sensorColor", () => {
  const stages = { action: 1, minor: 2, moderate: 3, major: 4 };

  it("colours river gauges by flood stage", () => {
    expect(riverStage(0.5, stages)).toBe("normal");
    expect(riverStage(2.2, stages)).toBe("minor");
    expect(riverStage(4, stages)).toBe("major");
  });

  it("is grey before the first reading", () => {
    expect(sensorColor({ kind: "air_quality", latestValue: null, config: {} })).toEqual([100, 116, 139]);
  });

  it("uses the AQI colour for PM2.5", () => {
    expect(sensorColor({ kind: "air_quality", latestValue: 40, config: {} })).toEqual([255, 126, 0]);
  });
});
