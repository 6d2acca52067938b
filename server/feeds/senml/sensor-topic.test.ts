import { describe, expect, it } from "vitest";
import { formatSensorTopic, parseSensorTopic } from "./sensor-topic";

describe("sensor topics", () => {
  it("parses citydeck/<agency>/<sensorId>", () => {
    expect(parseSensorTopic("citydeck/nema/aq-0042")).toEqual({ ok: true, value: { agency: "nema", sensorId: "aq-0042" } });
    expect(parseSensorTopic("citydeck/kplc/sub_7.feeder-2")).toEqual({ ok: true, value: { agency: "kplc", sensorId: "sub_7.feeder-2" } });
  });

  it.each([
    ["another root", "sensors/nema/aq-0042", /topic is not citydeck\/<agency>\/<sensorId>/],
    ["too few levels", "citydeck/nema", /topic is not/],
    ["too many levels", "citydeck/nema/aq/0042", /topic is not/],
    ["upper case", "citydeck/NEMA/aq-0042", /agency "NEMA" must be 1-64 of/],
    ["a wildcard", "citydeck/nema/+", /sensorId "\+" must be/],
    ["an empty segment", "citydeck//aq-0042", /agency "" must be/],
    ["65 characters", `citydeck/nema/${"a".repeat(65)}`, /sensorId "a{65}" must be/],
    ["a path climb", "citydeck/nema/..", /sensorId "\.\." must be/],
    ["a space", "citydeck/nema/aq 42", /sensorId "aq 42"/],
    ["a system topic", "$SYS/broker/uptime", /topic is not/],
  ])("rejects %s", (_label, topic, reason) => {
    const parsed = parseSensorTopic(topic);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.rejection).toEqual({ reason: expect.stringMatching(reason), excerpt: topic });
  });

  it("formats a topic that parses back, and refuses bad segments", () => {
    const topic = formatSensorTopic({ agency: "nema", sensorId: "aq-0042" });
    expect(topic).toBe("citydeck/nema/aq-0042");
    expect(parseSensorTopic(topic)).toEqual({ ok: true, value: { agency: "nema", sensorId: "aq-0042" } });
    expect(() => formatSensorTopic({ agency: "nema", sensorId: "#" })).toThrow(RangeError);
  });
});
