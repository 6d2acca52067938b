/**
 * When matatus leave. The Digital Matatus feed (2014) lists ONE departure per trip, mostly between
 * 6:00 and 8:00, and a DAILY calendar for 2013-2014. The simulator runs that service every day
 * (the calendar shifted to today) and repeats each trip over the service day, 5:00 to 5:00 the
 * next morning local, at a headway that follows demand:
 *
 *   05-06 every 45 min | 06-09 every 30 min | 09-16 every 45 min | 16-19 every 30 min | 19-21 every 45 min | 21-05 every 60 min
 *
 * From 23:00 only a third of the trips (fixed by the seed) keep running: a thin night service,
 * as Nairobi's matatus never quite stop.
 *
 * Each run keeps the trip's scheduled running times between stops. A trip's departures are
 * offset by a seeded phase so the 236 trips do not all leave on the hour. With the feed's
 * 11,885 scheduled trip-minutes this puts about 420 vehicles on the road at the peaks, about
 * 300 at midday and about 60 at night.
 */
import { hashedUnit } from "../random";
import type { TripPattern } from "./trip-pattern";

const SERVICE_START_S = 5 * 3600;
/** GTFS counts hours past 24 for the service day's runs after midnight. */
const SERVICE_END_S = 29 * 3600;
const NIGHT_FROM_S = 23 * 3600;
const NIGHT_SHARE = 1 / 3;

/** [from local hour, headway in minutes], in order; each applies until the next. */
const HEADWAYS: readonly (readonly [number, number])[] = [
  [5, 45],
  [6, 30],
  [9, 45],
  [16, 30],
  [19, 45],
  [21, 60],
];

function headwayMinutesAt(secondsOfDay: number): number {
  const hour = secondsOfDay / 3600;
  return HEADWAYS.findLast(([from]) => hour >= from)?.[1] ?? HEADWAYS[0]![1];
}

/** Peak-hour departures run later: traffic slows them (see runVariation). */
export function isPeakDeparture(secondsOfDay: number, weekday: boolean): boolean {
  const hour = secondsOfDay / 3600;
  return weekday && ((hour >= 6.5 && hour < 9.5) || (hour >= 16.5 && hour < 19.5));
}

/** Departure times of a trip, in seconds after local midnight of its service day. */
export function departuresOf(pattern: TripPattern, seed: number): number[] {
  const phaseS = Math.floor(hashedUnit(seed, "departure-phase", pattern.tripId) * 30) * 60;
  const endS = hashedUnit(seed, "night-service", pattern.tripId) < NIGHT_SHARE ? SERVICE_END_S : NIGHT_FROM_S;
  const departures: number[] = [];
  for (let at = SERVICE_START_S + phaseS; at < endS; at += headwayMinutesAt(at) * 60) departures.push(at);
  return departures;
}

export interface RunVariation {
  /** Seconds late leaving the first stop. */
  startDelayS: number;
  /** Fraction by which every scheduled running time stretches (0.2 = 20 % slower). */
  slowdown: number;
}

/** How one run deviates from the schedule: fixed by the seed, so every request agrees. */
export function runVariation(seed: number, runKey: string, peak: boolean): RunVariation {
  const startDelayS = Math.round(hashedUnit(seed, "start-delay", runKey) * 240);
  const [low, high] = peak ? [0.05, 0.4] : [-0.03, 0.12];
  return { startDelayS, slowdown: low + hashedUnit(seed, "slowdown", runKey) * (high - low) };
}
