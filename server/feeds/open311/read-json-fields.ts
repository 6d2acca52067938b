/**
 * Field readers for Open311 JSON. Real GeoReport v2 servers are loose with types (numeric ids and
 * codes, coordinates as strings, "" for absent), so each reader accepts the spellings seen in the
 * wild and turns them into one type, or fails with the field's name.
 */
import type { JsonObject } from "../json-input";
import { fail, parseZonedDateTime } from "../validate";

/** A string field; "" and null mean absent. */
export function optionalText(item: JsonObject, key: string): string | null {
  const value = item[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== "string") fail(`${key} must be a string, got ${typeof value}`);
  return value.trim() || null;
}

export function requiredText(item: JsonObject, key: string): string {
  return optionalText(item, key) ?? fail(`${key} is missing`);
}

/** Identifiers and codes: strings, or integers some servers send unquoted. */
export function requiredIdentifier(item: JsonObject, key: string): string {
  const value = item[key];
  if (typeof value === "number" && Number.isSafeInteger(value)) return String(value);
  return requiredText(item, key);
}

/** Numbers, or numeric strings; "" and null mean absent. */
export function optionalNumber(item: JsonObject, key: string): number | null {
  const value = item[key];
  if (value === undefined || value === null || value === "") return null;
  const number = typeof value === "string" && /^\s*[+-]?(\d+\.?\d*|\.\d+)\s*$/.test(value) ? Number(value) : value;
  if (typeof number !== "number" || !Number.isFinite(number)) fail(`${key} ${JSON.stringify(value).slice(0, 40)} is not a number`);
  return number;
}

/** Booleans, or the strings "true" / "false". */
export function optionalFlag(item: JsonObject, key: string): boolean | null {
  const value = item[key];
  if (value === undefined || value === null) return null;
  if (typeof value === "boolean") return value;
  if (value === "true" || value === "false") return value === "true";
  fail(`${key} ${JSON.stringify(value).slice(0, 40)} is not true or false`);
}

/** W3C date-times with a zone, e.g. "2010-04-14T06:37:38-08:00". */
export function optionalDateTime(item: JsonObject, key: string): Date | null {
  const text = optionalText(item, key);
  return text === null ? null : parseZonedDateTime(text, key);
}
