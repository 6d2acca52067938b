import { describe, expect, it } from "vitest";
import { parseSenml } from "@/server/feeds/senml/parse-senml";
import { readingsFromNames, readingsFromTopic, sensorNamed } from "./senml-readings";

const now = new Date("2026-03-01T08:00:00Z");
const records = (pack: unknown[]) => parseSenml(JSON.stringify(pack), { now }).records;

describe("sensorNamed", () => {
  it("reads plain sensor ids and device URNs with or without a measurement", () => {
    expect(sensorNamed("aq-0042")).toEqual({ agency: null, sensorId: "aq-0042" });
    expect(sensorNamed("urn:dev:environment:aq-0042")).toEqual({ agency: "environment", sensorId: "aq-0042" });
    expect(sensorNamed("urn:dev:environment:aq-0042:pm25")).toEqual({ agency: "environment", sensorId: "aq-0042" });
    expect(sensorNamed("urn:dev:ow:10e2073a01080063:temp")).toEqual({ agency: "ow", sensorId: "10e2073a01080063" });
    expect(sensorNamed("urn:uuid:1234")).toBeNull();
  });
});

describe("readingsFromTopic", () => {
  const topic = { agency: "environment", sensorId: "aq-0042" };

  it("takes the sensor from the topic and booleans as 1/0", () => {
    const result = readingsFromTopic(records([{ bn: "urn:dev:environment:aq-0042:", n: "pm25", v: 38.5, t: -60 }, { n: "door", vb: true }]), topic);
    expect(result.rejections).toEqual([]);
    expect(result.records).toEqual([
      { kind: "reading", sensorId: "aq-0042", ownerAgencyId: "environment", at: new Date(now.getTime() - 60_000), value: 38.5 },
      { kind: "reading", sensorId: "aq-0042", ownerAgencyId: "environment", at: now, value: 1 },
    ]);
  });

  it("refuses records naming another sensor and non-numeric values", () => {
    const result = readingsFromTopic(records([{ n: "urn:dev:environment:aq-0099", v: 1 }, { n: "label", vs: "hello" }, { n: "pm25", v: 3 }]), topic);
    expect(result.records).toHaveLength(1);
    expect(result.rejections.map((r) => r.reason)).toEqual([
      "record names urn:dev:environment:aq-0099, but was published on the topic of environment/aq-0042",
      "reading of label is not numeric (vs)",
    ]);
  });
});

describe("readingsFromNames", () => {
  it("lets a token push only for its own agency, unless it is the command center's", () => {
    const pack = records([{ n: "aq-1", v: 1 }, { n: "urn:dev:water:wl-1", v: 2 }]);
    const own = readingsFromNames(pack, "environment", false);
    expect(own.records.map((r) => [r.sensorId, r.ownerAgencyId])).toEqual([["aq-1", "environment"]]);
    expect(own.rejections[0]!.reason).toBe("a token of agency environment cannot push for agency water");
    const command = readingsFromNames(pack, "city", true);
    expect(command.records.map((r) => [r.sensorId, r.ownerAgencyId])).toEqual([["aq-1", null], ["wl-1", "water"]]);
  });
});
