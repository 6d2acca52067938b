import { describe, expect, it } from "vitest";
import { pm25Aqi } from "./air-quality-index";

describe("pm25Aqi (US EPA, 2024 PM2.5 breakpoints)", () => {
  it("computes hand-checked indices", () => {
    // (49 / 26.3) * (12.0 - 9.1) + 51 = 56.40 → 56, Moderate.
    expect(pm25Aqi(12.0)).toMatchObject({ aqi: 56, band: "Moderate", color: "#ffff00" });
    // (49 / 19.9) * (35.9 - 35.5) + 101 = 101.98 → 102.
    expect(pm25Aqi(35.9)).toMatchObject({ aqi: 102, band: "Unhealthy for sensitive groups" });
    // (49 / 69.9) * (80 - 55.5) + 151 = 168.17 → 168.
    expect(pm25Aqi(80)).toMatchObject({ aqi: 168, band: "Unhealthy", color: "#ff0000" });
  });

  it("puts the band edges where the 2024 table does, after truncating to one decimal", () => {
    expect(pm25Aqi(9.0)).toMatchObject({ aqi: 50, band: "Good" });
    expect(pm25Aqi(9.09)).toMatchObject({ aqi: 50, band: "Good" });
    expect(pm25Aqi(9.1)).toMatchObject({ aqi: 51, band: "Moderate" });
    expect(pm25Aqi(35.4)).toMatchObject({ aqi: 100, band: "Moderate" });
    expect(pm25Aqi(55.5)).toMatchObject({ aqi: 151, band: "Unhealthy" });
    expect(pm25Aqi(125.5)).toMatchObject({ aqi: 201, band: "Very unhealthy", bandIndex: 4 });
    expect(pm25Aqi(225.5)).toMatchObject({ aqi: 301, band: "Hazardous", bandIndex: 5 });
    expect(pm25Aqi(0)).toMatchObject({ aqi: 0, band: "Good", bandIndex: 0 });
  });

  it("keeps rising past the top of the table", () => {
    expect(pm25Aqi(325.4).aqi).toBe(500);
    expect(pm25Aqi(400).aqi).toBeGreaterThan(500);
  });
});
