import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseSenml } from "./parse-senml";
import { expectWellFormedResult } from "../testing";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const NOW = new Date("2024-04-23T08:00:00Z");
const parse = (pack: unknown, options: { maxRecords?: number; maxBytes?: number } = {}) =>
  parseSenml(typeof pack === "string" ? pack : JSON.stringify(pack), { now: NOW, ...options });

describe("parseSenml on the RFC 8428 examples", () => {
  it("§5.1.1: a single reading taken 'now' resolves to the receiver's clock", () => {
    const result = parse([{ n: "urn:dev:ow:10e2073a01080063", u: "Cel", v: 23.1 }]);
    expect(result).toEqual({
      records: [{ name: "urn:dev:ow:10e2073a01080063", unit: "Cel", value: 23.1, valueField: "v", sum: null, time: NOW, updateTime: null }],
      rejections: [],
    });
  });

  it("§5.1.2: base name, base unit, base time and negative relative offsets", () => {
    const result = parse(fixture("rfc8428-5.1.2-base-time.json"));
    expect(result.rejections).toEqual([]);
    expect(result.records.map((record) => [record.name, record.unit, record.value, record.time.getTime()])).toEqual([
      ["urn:dev:ow:10e2073a0108006:voltage", "V", 120.1, 1_276_020_076_001],
      ["urn:dev:ow:10e2073a0108006:current", "A", 1.2, 1_276_020_071_001],
      ["urn:dev:ow:10e2073a0108006:current", "A", 1.3, 1_276_020_072_001],
      ["urn:dev:ow:10e2073a0108006:current", "A", 1.4, 1_276_020_073_001],
      ["urn:dev:ow:10e2073a0108006:current", "A", 1.5, 1_276_020_074_001],
      ["urn:dev:ow:10e2073a0108006:current", "A", 1.6, 1_276_020_075_001],
      ["urn:dev:ow:10e2073a0108006:current", "A", 1.7, 1_276_020_076_001],
    ]);
  });

  it("§5.1.3 resolves to exactly the records of §5.1.4", () => {
    const packed = parse(fixture("rfc8428-5.1.3-multiple-measurements.json"));
    const resolved = parse(fixture("rfc8428-5.1.4-resolved.json"));
    expect(packed.rejections).toEqual([]);
    expect(resolved.rejections).toEqual([]);
    expect(packed.records).toHaveLength(13);
    expect(packed.records).toEqual(resolved.records);
  });

  it("§5.1.5: string, boolean and data values", () => {
    const result = parse(fixture("rfc8428-5.1.5-data-types.json"));
    expect(result.records.map((record) => [record.name, record.value, record.valueField])).toEqual([
      ["urn:dev:ow:10e2073a01080063:temp", 23.1, "v"],
      ["urn:dev:ow:10e2073a01080063:label", "Machine Room", "vs"],
      ["urn:dev:ow:10e2073a01080063:open", false, "vb"],
      ["urn:dev:ow:10e2073a01080063:nfv-reader", "aGkgCg", "vd"],
    ]);
  });

  it("§5.1.7: a record of base fields alone sets them up without being a reading", () => {
    const result = parse(fixture("rfc8428-5.1.7-actuator.json"));
    expect(result.rejections).toEqual([]);
    expect(result.records.map((record) => [record.name, record.unit, record.value])).toEqual([
      ["urn:dev:ow:10e2073a01080063:temp", "Cel", 23.1],
      ["urn:dev:ow:10e2073a01080063:heat", "/", 1],
      ["urn:dev:ow:10e2073a01080063:fan", "/", 0],
    ]);
  });

  it("§5.1.6: a later base name replaces the earlier one while the base time carries on", () => {
    const result = parse(fixture("rfc8428-5.1.6-collection.json"));
    const time = new Date(1_320_078_429_000);
    expect(result.records.map((record) => [record.name, record.unit, record.value, record.time])).toEqual([
      ["2001:db8::2/temperature", "Cel", 25.2, time],
      ["2001:db8::2/humidity", "%RH", 30, time],
      ["2001:db8::1/temperature", "Cel", 12.3, time],
      ["2001:db8::1/humidity", "%RH", 67, time],
    ]);
  });
});

describe("parseSenml resolution rules", () => {
  it("adds base value to v and base sum to s, and keeps update time", () => {
    const result = parse([
      { bn: "citydeck:substation-7:", bv: 100, bs: 5000, n: "load", u: "%", v: -12.5, s: 25, ut: 60 },
      { n: "energy", u: "J", s: 10 },
    ]);
    expect(result.rejections).toEqual([]);
    expect(result.records).toEqual([
      { name: "citydeck:substation-7:load", unit: "%", value: 87.5, valueField: "v", sum: 5025, time: NOW, updateTime: 60 },
      { name: "citydeck:substation-7:energy", unit: "J", value: null, valueField: null, sum: 5010, time: NOW, updateTime: null },
    ]);
  });

  it("treats resolved times below 2^28 as relative to now, and larger ones as absolute", () => {
    const result = parse([
      { n: "a", v: 1, t: -30 },
      { n: "b", v: 1, t: 1_713_859_200 },
    ]);
    expect(result.records.map((record) => record.time)).toEqual([new Date(NOW.getTime() - 30_000), new Date(1_713_859_200_000)]);
  });

  it.each([
    ["v as the string NaN", { n: "pm25", v: "NaN" }, /v must be a number, got "NaN"/],
    ["v as 1e999, which JSON.parse makes Infinity", '[{"n":"pm25","v":1e999}]', /v is not a finite number/],
    ["t as -1e999", '[{"n":"pm25","v":1,"t":-1e999}]', /t is not a finite number/],
    ["vs as a number", { n: "label", vs: 42 }, /vs must be a string/],
    ["vb as a string", { n: "open", vb: "false" }, /vb must be a boolean/],
    ["vd with padding", { n: "blob", vd: "aGkgCg==" }, /vd is not base64url/],
    ["two value fields", { n: "x", v: 1, vs: "1" }, /record has v and vs: exactly one value field is allowed/],
    ["no value and no sum", { n: "x", u: "Cel" }, /no value \(v, vs, vb or vd\) and no sum/],
    ["no name at all", { v: 1 }, /record has no name/],
    ["a name with a space", { n: "air quality", v: 1 }, /name "air quality" has characters SenML forbids/],
    ["a name starting with a dash", { n: "-x", v: 1 }, /has characters SenML forbids/],
    ["a name of the wrong type", { n: 7, v: 1 }, /n must be a string/],
    ["a time in 1990", { n: "x", v: 1, t: 631_152_000 }, /time .* is before 2000/],
    ["a time two days ahead", { n: "x", v: 1, t: 2 * 86_400 }, /time .* too far in the future/],
    ["a negative update time", { n: "x", v: 1, ut: -1 }, /ut -1 is negative/],
    ["an unknown must-understand field", { n: "x", v: 1, crit_: true }, /field "crit_" must be understood/],
  ])("rejects a record with %s and keeps the others", (_label, bad, reason) => {
    const text = typeof bad === "string" ? bad.replace("]", ',{"n":"ok","v":1}]') : JSON.stringify([bad, { n: "ok", v: 1 }]);
    const result = parse(text);
    expect(result.records.map((record) => record.name)).toEqual(["ok"]);
    expect(result.rejections).toEqual([expect.objectContaining({ index: 0, reason: expect.stringMatching(reason) })]);
  });

  it.each([
    ["a newer SenML version", { bver: 11 }, /bver 11 is newer than SenML 10; the pack must not be used/],
    ["a fractional version", { bver: 1.5 }, /bver 1.5 is not a positive integer/],
    ["a base name of the wrong type", { bn: ["a"] }, /bn must be a string/],
    ["a base time as a string", { bt: "1714000000" }, /bt must be a number/],
    ["an unknown must-understand base field", { bfoo_: 1 }, /base field "bfoo_" must be understood/],
  ])("refuses the rest of the pack after a record with %s", (_label, baseFields, reason) => {
    const result = parse([{ n: "first", v: 1 }, { n: "x", v: 1, ...baseFields }, { n: "y", v: 2 }, { n: "z", v: 3 }]);
    expect(result.records.map((record) => record.name)).toEqual(["first"]);
    expect(result.rejections).toHaveLength(1);
    expect(result.rejections[0]).toMatchObject({ index: 1, reason: expect.stringMatching(reason) });
    expect(result.rejections[0]?.reason).toMatch(/the 2 records after it depend on its base fields and were not read/);
  });

  it("refuses a version that changes within the pack", () => {
    const result = parse([{ bver: 10, n: "a", v: 1 }, { bver: 9, n: "b", v: 1 }]);
    expect(result.rejections[0]).toMatchObject({ index: 1, reason: "bver 9 differs from the pack's version 10" });
  });

  it("rejects non-object records one by one", () => {
    const result = parse([null, 3, "x", [], { n: "ok", v: 1 }]);
    expect(result.records).toHaveLength(1);
    expect(result.rejections.map((rejection) => [rejection.index, rejection.reason])).toEqual([
      [0, "record is not a JSON object"],
      [1, "record is not a JSON object"],
      [2, "record is not a JSON object"],
      [3, "record is not a JSON object"],
    ]);
  });

  it("reads at most maxRecords records and says how many it refused", () => {
    const pack = Array.from({ length: 12 }, (_, index) => ({ n: `s${index}`, v: index }));
    const result = parse(pack, { maxRecords: 10 });
    expect(result.records).toHaveLength(10);
    expect(result.rejections).toEqual([{ index: 10, reason: "pack has 12 records; only the first 10 are read", excerpt: '{"n":"s10","v":10}' }]);
  });

  it("handles a full 10,000-record pack at the default limit", () => {
    const pack = [{ bn: "citydeck:aq:", bt: 1_713_859_200, bu: "ug/m3" }, ...Array.from({ length: 9_999 }, (_, index) => ({ n: `s${index % 50}`, t: index, v: index / 10 }))];
    const result = parse(pack);
    expect(result.rejections).toEqual([]);
    expect(result.records).toHaveLength(9_999);
  });

  it.each([
    ["an object instead of an array", { n: "x", v: 1 }, {}, /a SenML pack is a JSON array/],
    ["truncated JSON", '[{"n":"x","v":', {}, /not JSON/],
    ["a payload over the limit", JSON.stringify([{ n: "x", v: 1 }]), { maxBytes: 10 }, /over the 10-byte limit/],
  ])("rejects %s as a whole document", (_label, pack, options, reason) => {
    const result = parse(pack, options);
    expectWellFormedResult(result);
    expect(result.records).toEqual([]);
    expect(result.rejections).toEqual([{ reason: expect.stringMatching(reason), excerpt: expect.any(String) }]);
  });

  it("reads UTF-8 bytes as MQTT delivers them", () => {
    const bytes = new TextEncoder().encode('[{"n":"label","vs":"Mtaa wa Ngara \u2014 \u00e9"}]');
    expect(parseSenml(bytes, { now: NOW }).records[0]?.value).toBe("Mtaa wa Ngara \u2014 \u00e9");
  });
});
