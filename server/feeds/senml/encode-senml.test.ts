import { describe, expect, it } from "vitest";
import { encodeSenml, type SenmlInput } from "./encode-senml";
import { parseSenml } from "./parse-senml";

const NOW = new Date("2024-04-23T08:00:00Z");

describe("encodeSenml", () => {
  const readings: SenmlInput[] = [
    { name: "urn:dev:citydeck:aq-0042:pm25", unit: "ug/m3", value: 38.4, time: new Date("2024-04-23T07:59:00.250Z") },
    { name: "urn:dev:citydeck:aq-0042:pm25", unit: "ug/m3", value: 41, time: new Date("2024-04-23T07:59:30Z") },
    { name: "urn:dev:citydeck:aq-0042:status", value: "ok", time: new Date("2024-04-23T07:59:30Z") },
    { name: "urn:dev:citydeck:aq-0042:door-open", value: false, time: new Date("2024-04-23T07:59:30Z") },
    { name: "urn:dev:citydeck:aq-0042:firmware", value: "aGkgCg", valueField: "vd", time: new Date("2024-04-23T07:59:30Z") },
    { name: "urn:dev:citydeck:aq-0042:energy", unit: "J", value: null, sum: 1200, updateTime: 60, time: new Date("2024-04-23T07:59:30Z") },
  ];

  it("writes a compact pack relative to base name and base time", () => {
    const pack = JSON.parse(encodeSenml(readings.slice(0, 2), { baseName: "urn:dev:citydeck:aq-0042:", baseTime: new Date("2024-04-23T07:59:00Z") }));
    expect(pack).toEqual([
      { bn: "urn:dev:citydeck:aq-0042:", bt: 1_713_859_140, n: "pm25", u: "ug/m3", v: 38.4, t: 0.25 },
      { n: "pm25", u: "ug/m3", v: 41, t: 30 },
    ]);
  });

  it.each([
    ["base name and base time", { baseName: "urn:dev:citydeck:aq-0042:", baseTime: new Date("2024-04-23T07:59:00Z") }],
    ["no base fields", {}],
  ])("round-trips every kind of value with %s", (_label, options) => {
    const result = parseSenml(encodeSenml(readings, options), { now: NOW });
    expect(result.rejections).toEqual([]);
    expect(result.records).toEqual(
      readings.map((reading) => ({
        unit: null,
        sum: null,
        updateTime: null,
        ...reading,
        valueField: reading.valueField ?? { number: "v", string: "vs", boolean: "vb", object: null }[typeof reading.value as "number"],
      })),
    );
  });

  it("refuses a record outside the base name", () => {
    expect(() => encodeSenml(readings, { baseName: "urn:dev:other:" })).toThrow(RangeError);
  });
});
