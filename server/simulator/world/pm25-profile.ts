/**
 * What the simulator takes from the real PM2.5 series: its typical day (the median of each
 * local hour, which spikes do not move) and its spike episodes (runs well above the typical
 * level for that hour: rubbish burning, a smoky generator, a traffic jam), kept as multipliers
 * over the typical day so they can be replayed in any ward at any level.
 */
import { interpolateHourly } from "./hourly-curve";
import type { Pm25Sample } from "./pm25-series";

export interface Pm25Episode {
  /** Local hour the episode started at, in the real series. */
  startHour: number;
  /** Multiplier over the typical level, every 5 minutes from the start. */
  multipliers: number[];
}

export interface Pm25Profile {
  /** Median µg/m³ of each local hour 0-23. */
  hourlyMedian: number[];
  episodes: Pm25Episode[];
  /** How often an episode starts at one site. */
  episodesPerDay: number;
}

export const EPISODE_STEP_MIN = 5;
/** A sample this many times the typical level, and above this level, is part of an episode. */
const EPISODE_RATIO = 3;
const EPISODE_MIN_UGM3 = 25;
/** Spikes this close together are one episode; shorter runs are sensor noise. */
const EPISODE_MERGE_MS = 20 * 60_000;
const EPISODE_MIN_SAMPLES = 3;

export function buildPm25Profile(samples: readonly Pm25Sample[], utcOffsetMinutes: number): Pm25Profile {
  if (samples.length === 0) throw new Error("the PM2.5 series has no readable samples");
  const localHour = (sample: Pm25Sample) => ((sample.time.getTime() / 3_600_000 + utcOffsetMinutes / 60) % 24 + 24) % 24;
  const byHour: number[][] = Array.from({ length: 24 }, () => []);
  for (const sample of samples) byHour[Math.floor(localHour(sample))]!.push(sample.value);
  const hourlyMedian = byHour.map(median);
  const typical = (sample: Pm25Sample) => interpolateHourly(hourlyMedian, localHour(sample));

  const runs: Pm25Sample[][] = [];
  for (const sample of samples) {
    if (sample.value < EPISODE_MIN_UGM3 || sample.value < EPISODE_RATIO * typical(sample)) continue;
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run && last && sample.time.getTime() - last.time.getTime() <= EPISODE_MERGE_MS) run.push(sample);
    else runs.push([sample]);
  }
  const episodes = runs
    .filter((run) => run.length >= EPISODE_MIN_SAMPLES)
    .map((run) => ({ startHour: localHour(run[0]!), multipliers: resample(run, typical) }));
  const spanDays = (samples[samples.length - 1]!.time.getTime() - samples[0]!.time.getTime()) / 86_400_000;
  return { hourlyMedian, episodes, episodesPerDay: episodes.length / Math.max(1, spanDays) };
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = values.toSorted((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The run's multipliers every EPISODE_STEP_MIN minutes, taking the latest sample at or before each step. */
function resample(run: Pm25Sample[], typical: (sample: Pm25Sample) => number): number[] {
  const start = run[0]!.time.getTime();
  const steps = Math.floor((run[run.length - 1]!.time.getTime() - start) / (EPISODE_STEP_MIN * 60_000)) + 1;
  let index = 0;
  return Array.from({ length: steps }, (_, step) => {
    const at = start + step * EPISODE_STEP_MIN * 60_000;
    while (index + 1 < run.length && run[index + 1]!.time.getTime() <= at) index++;
    const sample = run[index]!;
    return sample.value / typical(sample);
  });
}
