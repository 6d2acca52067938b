import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { CityConfig, utcOffsetMinutes } from "@/db/seed/city-config";
import { DEFAULT_CITY_DIR } from "@/db/seed/seed";

const DAY_MS = 86_400_000;

export interface CityClock {
  /** IANA zone, for the wall's clock. */
  timezone: string;
  utcOffsetMinutes: number;
}

let clock: CityClock | null = null;

/** The seeded city's local time: "today" and "night" are the city's, not the server's. Read once. */
export function cityClock(): CityClock {
  if (!clock) {
    // The city folder is chosen at run time: keep it out of build tracing, as the seed does.
    const dir = resolve(/*turbopackIgnore: true*/ process.cwd(), DEFAULT_CITY_DIR);
    const config = CityConfig.parse(JSON.parse(readFileSync(join(dir, "city.json"), "utf8")));
    clock = { timezone: config.timezone, utcOffsetMinutes: utcOffsetMinutes(config.utcOffset) };
  }
  return clock;
}

/** Local midnight that began the city's current day. */
export function localMidnight(now: Date, { utcOffsetMinutes: offset }: CityClock): Date {
  const offsetMs = offset * 60_000;
  return new Date(Math.floor((now.getTime() + offsetMs) / DAY_MS) * DAY_MS - offsetMs);
}

/** Hour of the city's day, 0-23. */
export function localHour(at: Date, { utcOffsetMinutes: offset }: CityClock): number {
  return Math.floor((((at.getTime() + offset * 60_000) % DAY_MS) + DAY_MS) % DAY_MS / 3_600_000);
}
