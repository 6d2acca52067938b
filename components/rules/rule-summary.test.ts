import { describe, expect, it } from "vitest";
import { ruleSummary } from "./rule-summary";

describe("rules in words", () => {
  it("says what a rule of each kind watches", () => {
    const night = { from: "19:00", to: "06:00", utcOffset: "+03:00" };
    expect(ruleSummary("threshold", { sensorKind: "air_quality", direction: "above", limit: { value: 55.4 }, forMinutes: 30 })).toBe("PM2.5 above 55.4 ug/m3 for 30 min");
    expect(ruleSummary("threshold", { sensorKind: "water_level", direction: "above", limit: { floodStage: "minor" }, forMinutes: 0 })).toBe("River level above the minor flood stage");
    expect(ruleSummary("threshold", { sensorKind: "streetlight_circuit", direction: "below", limit: { value: 0.5 }, forMinutes: 15, activeWindow: night })).toBe(
      "Street-light circuit below 0.5 / for 15 min, 19:00-06:00",
    );
    expect(ruleSummary("rate_of_change", { sensorKind: "water_level", direction: "rising", change: 0.3, perMinutes: 15 })).toBe("River level rising 0.3 m within 15 min");
    expect(ruleSummary("geofence", { subjects: ["unit", "vehicle"], zone: { kind: "ward", wardCode: "1234" }, trigger: "leave" })).toBe("unit, vehicle leaving ward 1234");
    expect(ruleSummary("silence", { subject: "feed", multiple: 5 })).toBe("Feeds silent for 5× their interval");
  });

  it("says so when stored params no longer validate", () => {
    expect(ruleSummary("silence", { subject: "moon" })).toBe("Parameters not valid");
  });
});
