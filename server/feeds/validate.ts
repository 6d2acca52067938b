/**
 * Validation helpers shared by the feed adapters. Item readers call `fail(reason)` when an item is
 * bad; `readEach` turns that into the item's rejection, so readers stay straight-line code.
 */
import { excerptOf, type ParseResult, type Rejection } from "./parse-result";

/** Thrown by item readers for bad input; never escapes an adapter's public function. */
class InvalidInput extends Error {}

export function fail(reason: string): never {
  throw new InvalidInput(reason);
}

/**
 * Reads every item with `read`. An item whose reader fails becomes a rejection carrying its index;
 * a reader returning `undefined` skips the item without complaint (e.g. another entity type).
 */
export function readEach<I, T>(
  items: readonly I[],
  read: (item: I, index: number) => T | undefined,
  excerptSource: (item: I) => unknown = (item) => item,
): ParseResult<T> {
  const result: ParseResult<T> = { records: [], rejections: [] };
  items.forEach((item, index) => {
    try {
      const record = read(item, index);
      if (record !== undefined) result.records.push(record);
    } catch (error) {
      result.rejections.push(rejectionFor(error, excerptSource(item), index));
    }
  });
  return result;
}

/** The rejection an InvalidInput stands for; anything else is a bug and is rethrown. */
export function rejectionFor(error: unknown, source: unknown, index?: number): Rejection {
  if (!(error instanceof InvalidInput)) throw error;
  return { reason: error.message, excerpt: excerptOf(source), ...(index === undefined ? {} : { index }) };
}

// ---- Time ------------------------------------------------------------------------------------

/** Nothing CityDeck ingests predates 2000; an earlier time is a zeroed or garbled clock. */
const EARLIEST_SANE_MS = Date.UTC(2000, 0, 1);
/** Observations may run ahead of our clock by skew, but not by more than a day. */
const MAX_OBSERVED_AHEAD_MS = 24 * 3600 * 1000;
/** Planned times (alert expiry, expected completion) can be far ahead, but not decades. */
const MAX_SCHEDULED_AHEAD_MS = 10 * 366 * 24 * 3600 * 1000;

/** A time something was observed or sent: from 2000 up to one day after `now`. */
export function checkObservedTime(time: Date, now: Date, field: string): Date {
  return checkTimeWindow(time, now.getTime() + MAX_OBSERVED_AHEAD_MS, field);
}

/** A time something is planned for: from 2000 up to ten years after `now`. */
export function checkScheduledTime(time: Date, now: Date, field: string): Date {
  return checkTimeWindow(time, now.getTime() + MAX_SCHEDULED_AHEAD_MS, field);
}

function checkTimeWindow(time: Date, latestMs: number, field: string): Date {
  const ms = time.getTime();
  if (!Number.isFinite(ms)) fail(`${field} is not a valid time`);
  if (ms < EARLIEST_SANE_MS) fail(`${field} ${time.toISOString()} is before 2000`);
  if (ms > latestMs) fail(`${field} ${time.toISOString()} is too far in the future`);
  return time;
}

export function dateFromUnixSeconds(seconds: number, field: string): Date {
  if (!Number.isFinite(seconds)) fail(`${field} is not a finite number of seconds`);
  return new Date(Math.round(seconds * 1000));
}

/**
 * W3C / RFC 3339 date-time WITH a zone (CAP 1.2, Open311). CAP forbids "Z" but it is unambiguous
 * and real feeds send it, so only a missing zone is refused. Fractional seconds are accepted.
 */
const ZONED_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|([+-])(\d{2}):(\d{2}))$/;

export function parseZonedDateTime(text: string, field: string): Date {
  const match = ZONED_DATE_TIME.exec(text);
  if (!match) fail(`${field} "${text.slice(0, 40)}" is not a date-time with a time zone`);
  const [, year, month, day, hour, minute, second = "0", fraction = "", zone, sign, zoneHour, zoneMinute] = match;
  const fields = [year, month, day, hour, minute, second].map(Number) as [number, number, number, number, number, number];
  const [y, mo, d, h, mi, s] = fields;
  const utcMs = Date.UTC(y, mo - 1, d, h, mi, s);
  // Date.UTC rolls 2024-02-30 over to March; a calendar check catches that.
  const check = new Date(utcMs);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) {
    fail(`${field} "${text}" is not a calendar date-time`);
  }
  const offsetMinutes = zone === "Z" ? 0 : (sign === "-" ? -1 : 1) * (Number(zoneHour) * 60 + Number(zoneMinute));
  if (Math.abs(offsetMinutes) > 14 * 60 || Number(zoneMinute) > 59) fail(`${field} "${text}" has an impossible time zone`);
  const fractionMs = fraction ? Math.round(Number(fraction) * 1000) : 0;
  return new Date(utcMs - offsetMinutes * 60_000 + fractionMs);
}

/** "2024-04-23T06:00:00+00:00": valid for CAP 1.2 (which forbids "Z"), Atom and Open311 alike. */
export function formatZonedDateTime(time: Date): string {
  return `${time.toISOString().slice(0, 19)}+00:00`;
}

// ---- Places and strings ----------------------------------------------------------------------

/** WGS84 degrees; returns [lon, lat] in GeoJSON order. */
export function checkLonLat(lon: number, lat: number, field: string): [number, number] {
  if (!Number.isFinite(lat) || lat < -90 || lat > 90) fail(`${field} latitude ${lat} is not within -90..90`);
  if (!Number.isFinite(lon) || lon < -180 || lon > 180) fail(`${field} longitude ${lon} is not within -180..180`);
  return [lon, lat];
}

/** 0,0 (in the Gulf of Guinea) is what a tracker without a fix, or an empty form, sends. */
export function isNullIsland([lon, lat]: readonly [number, number]): boolean {
  return lon === 0 && lat === 0;
}

/** Links handed to a transport must be http(s): never file:, data: or javascript:. */
export function checkHttpUrl(text: string, field: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    fail(`${field} "${text.slice(0, 80)}" is not a URL`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") fail(`${field} "${text.slice(0, 80)}" is not an http(s) URL`);
  return text;
}
