/**
 * RFC 8428 resolution: base fields carry forward from record to record (§4); a record's fields
 * combine with them into a resolved record (§4.6). Field types follow Table 2 strictly: a value of
 * "NaN" in v is a string, not a number, and is refused.
 */
import type { SenmlRecord, SenmlValueField } from "./senml-types";
import type { JsonObject } from "../json-input";
import { checkObservedTime, fail } from "../validate";

/** The base fields in force after some record. */
export type SenmlBase = {
  name: string;
  time: number;
  unit: string | null;
  value: number;
  sum: number | null;
  version: number | null;
};

export const EMPTY_BASE: SenmlBase = { name: "", time: 0, unit: null, value: 0, sum: null, version: null };

/** The SenML version this adapter implements; packs declaring a later one must not be used. */
const SUPPORTED_VERSION = 10;
/** Times below 2^28 s are relative to "now" (RFC 8428 §4.5.3). */
const RELATIVE_TIME_LIMIT = 2 ** 28;
/** §4.5.1: letters, digits and - : . / _, starting with a letter or digit. */
const NAME = /^[A-Za-z0-9][A-Za-z0-9\-:./_]*$/;
/** vd is base64url without padding (§5). */
const BASE64URL = /^[A-Za-z0-9_-]*$/;
const KNOWN_FIELDS = new Set(["bn", "bt", "bu", "bv", "bs", "bver", "n", "u", "v", "vs", "vb", "vd", "s", "t", "ut"]);
const VALUE_FIELDS: readonly SenmlValueField[] = ["v", "vs", "vb", "vd"];

/**
 * The base in force after `record`. Failing here poisons the rest of the pack: later records
 * would resolve against base fields nobody can know.
 */
export function applyBaseFields(base: SenmlBase, record: JsonObject, keys: readonly string[] = Object.keys(record)): SenmlBase {
  // Most records of a pack carry no base field: they keep the base as it is.
  if (!keys.some((key) => key.startsWith("b"))) return base;
  const unknownBase = keys.find((key) => key.startsWith("b") && key.endsWith("_") && !KNOWN_FIELDS.has(key));
  if (unknownBase) fail(`base field "${unknownBase.slice(0, 40)}" must be understood and is not`);
  const version = optionalNumber(record, "bver");
  if (version !== undefined) {
    if (!Number.isInteger(version) || version < 1) fail(`bver ${version} is not a positive integer`);
    if (version > SUPPORTED_VERSION) fail(`bver ${version} is newer than SenML ${SUPPORTED_VERSION}; the pack must not be used`);
    if (base.version !== null && version !== base.version) fail(`bver ${version} differs from the pack's version ${base.version}`);
  }
  return {
    name: optionalString(record, "bn") ?? base.name,
    time: optionalNumber(record, "bt") ?? base.time,
    unit: optionalString(record, "bu") ?? base.unit,
    value: optionalNumber(record, "bv") ?? base.value,
    sum: optionalNumber(record, "bs") ?? base.sum,
    version: version ?? base.version,
  };
}

export function resolveRecord(record: JsonObject, base: SenmlBase, now: Date, keys: readonly string[] = Object.keys(record)): SenmlRecord {
  const mandatory = keys.find((key) => key.endsWith("_") && !KNOWN_FIELDS.has(key));
  if (mandatory) fail(`field "${mandatory.slice(0, 40)}" must be understood and is not`);
  const name = base.name + (optionalString(record, "n") ?? "");
  if (!NAME.test(name)) fail(name ? `name "${name.slice(0, 80)}" has characters SenML forbids` : "record has no name (neither bn nor n)");
  const { value, valueField } = readValue(record, base);
  const sum = readSum(record, base);
  if (valueField === null && sum === null) fail("record has no value (v, vs, vb or vd) and no sum");
  const updateTime = optionalNumber(record, "ut") ?? null;
  if (updateTime !== null && updateTime < 0) fail(`ut ${updateTime} is negative`);
  return { name, unit: optionalString(record, "u") ?? base.unit, value, valueField, sum, time: readTime(record, base, now), updateTime };
}

function readValue(record: JsonObject, base: SenmlBase): Pick<SenmlRecord, "value" | "valueField"> {
  const count = VALUE_FIELDS.reduce((n, field) => (record[field] === undefined ? n : n + 1), 0);
  if (count > 1) fail(`record has ${VALUE_FIELDS.filter((field) => record[field] !== undefined).join(" and ")}: exactly one value field is allowed`);
  const number = optionalNumber(record, "v");
  const text = optionalString(record, "vs");
  const data = optionalString(record, "vd");
  if (number !== undefined) return { value: base.value + number, valueField: "v" };
  if (text !== undefined) return { value: text, valueField: "vs" };
  if (data !== undefined) {
    if (!BASE64URL.test(data)) fail("vd is not base64url without padding");
    return { value: data, valueField: "vd" };
  }
  if (record.vb === undefined) return { value: null, valueField: null };
  if (typeof record.vb !== "boolean") fail("vb must be a boolean");
  return { value: record.vb, valueField: "vb" };
}

/** §4.5.4: base sum plus sum, either missing counting as zero; no sum if both are missing. */
function readSum(record: JsonObject, base: SenmlBase): number | null {
  const sum = optionalNumber(record, "s");
  return sum === undefined && base.sum === null ? null : (base.sum ?? 0) + (sum ?? 0);
}

function readTime(record: JsonObject, base: SenmlBase, now: Date): Date {
  const seconds = base.time + (optionalNumber(record, "t") ?? 0);
  const absolute = seconds < RELATIVE_TIME_LIMIT ? now.getTime() / 1000 + seconds : seconds;
  return checkObservedTime(new Date(Math.round(absolute * 1000)), now, "time");
}

function optionalString(record: JsonObject, key: string): string | undefined {
  const value = record[key];
  if (value !== undefined && typeof value !== "string") fail(`${key} must be a string`);
  return value;
}

/** Numbers per Table 2; JSON.parse turns 1e999 into Infinity, so finiteness is checked too. */
function optionalNumber(record: JsonObject, key: string): number | undefined {
  const value = record[key];
  if (value === undefined) return undefined;
  if (typeof value !== "number") fail(`${key} must be a number, got ${JSON.stringify(value).slice(0, 40)}`);
  if (!Number.isFinite(value)) fail(`${key} is not a finite number`);
  return value;
}
