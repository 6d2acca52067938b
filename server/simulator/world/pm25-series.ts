/**
 * The real PM2.5 series the simulator replays (env/pm25-nairobi-2018.csv: one sensors.AFRICA
 * low-cost sensor, ~5-minute steps, Sept-Dec 2018). Its timestamps come in mixed shapes:
 * "09/01/2018 00:05", "9/22/2018 2:29:48", and the brief warns of bare "H:MM:SS" rows too,
 * which take the date of the row before (the next day when the clock goes backwards).
 *
 * The archive's times are UTC: read as UTC, the series peaks at 07-08 and 19-20 Nairobi time
 * (the rush hours and evening cooking fires); read as local time the peaks would fall at 04
 * and 16, which fits nothing in the city.
 */
export interface Pm25Sample {
  time: Date;
  value: number;
}

export interface Pm25Series {
  samples: Pm25Sample[];
  /** Rows that could not be read (bad time or value); reported, never fatal. */
  skipped: number;
}

const DATED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const BARE_TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
/** A low-cost optical sensor tops out near 1000 µg/m³; anything above is a fault code. */
const MAX_PLAUSIBLE = 1000;
const DAY_MS = 86_400_000;

export function parsePm25Csv(text: string): Pm25Series {
  const samples: Pm25Sample[] = [];
  let skipped = 0;
  let day: number | null = null;
  for (const line of text.split(/\r?\n/).slice(1)) {
    if (!line.trim()) continue;
    const [stamp = "", reading = ""] = line.split(",").map((field) => field.trim());
    const value = reading === "" ? NaN : Number(reading);
    const read = readTime(stamp, day, samples[samples.length - 1]?.time.getTime() ?? null);
    if (!read || !Number.isFinite(value) || value < 0 || value > MAX_PLAUSIBLE) {
      skipped++;
      continue;
    }
    day = read.day;
    samples.push({ time: new Date(read.time), value });
  }
  return { samples: samples.sort((a, b) => a.time.getTime() - b.time.getTime()), skipped };
}

/** The instant of a row and the UTC day it belongs to; null when the stamp cannot be placed. */
function readTime(stamp: string, day: number | null, previous: number | null): { time: number; day: number } | null {
  const dated = DATED.exec(stamp);
  if (dated) {
    const [month, dayOfMonth, year, hour, minute, second] = dated.slice(1).map((part) => Number(part ?? 0)) as number[];
    if (month! < 1 || month! > 12 || dayOfMonth! < 1 || dayOfMonth! > 31 || !isClockTime(hour!, minute!, second!)) return null;
    const start = Date.UTC(year!, month! - 1, dayOfMonth!);
    return { time: start + secondsOf(hour!, minute!, second!) * 1000, day: start };
  }
  const bare = BARE_TIME.exec(stamp);
  if (!bare || day === null) return null;
  const [hour, minute, second] = bare.slice(1).map((part) => Number(part ?? 0)) as number[];
  if (!isClockTime(hour!, minute!, second!)) return null;
  const time = day + secondsOf(hour!, minute!, second!) * 1000;
  return previous !== null && time < previous ? { time: time + DAY_MS, day: day + DAY_MS } : { time, day };
}

function isClockTime(hour: number, minute: number, second: number): boolean {
  return hour < 24 && minute < 60 && second < 60;
}

function secondsOf(hour: number, minute: number, second: number): number {
  return (hour * 60 + minute) * 60 + second;
}
