/**
 * Runs over a time series of one-minute points: how long the latest points have, without a
 * gap, been breaching (or clearly back to normal). Firing needs a breach that lasted the rule's
 * duration; clearing needs a clear run that lasted the clearing duration. Points in between
 * (inside the hysteresis band) end both runs, so a value hovering at the limit neither fires
 * again and again nor clears.
 */
export const BUCKET_MS = 60_000;

export interface Point {
  /** Start of the one-minute bucket. */
  at: number;
  breach: boolean;
  clear: boolean;
}

export interface Runs {
  firstAt: number | null;
  lastAt: number | null;
  breachSince: number | null;
  clearSince: number | null;
}

export const NO_RUNS: Runs = { firstAt: null, lastAt: null, breachSince: null, clearSince: null };

/** Points further apart than `maxGapMs` do not join one run: a data gap proves nothing. */
export function extendRuns(runs: Runs, point: Point, maxGapMs: number): Runs {
  const joined = runs.lastAt !== null && point.at - runs.lastAt <= maxGapMs;
  return {
    firstAt: runs.firstAt ?? point.at,
    lastAt: point.at,
    breachSince: point.breach ? continued(joined, runs.breachSince, point.at) : null,
    clearSince: point.clear ? continued(joined, runs.clearSince, point.at) : null,
  };
}

const continued = (joined: boolean, since: number | null, at: number) => (joined && since !== null ? since : at);

export interface JudgeOptions {
  forMs: number;
  clearForMs: number;
  now: number;
  /** Data older than this (from `now`) decides nothing. */
  maxAgeMs: number;
}

export type Judgement = { verdict: "fire"; since: number; continuing: boolean } | { verdict: "clear" } | { verdict: "hold" };

/** A run lasts from its first bucket's start to its last bucket's end; durations are inclusive (>=). */
export function judgeRuns(runs: Runs, { forMs, clearForMs, now, maxAgeMs }: JudgeOptions): Judgement {
  if (runs.lastAt === null || now - runs.lastAt > maxAgeMs) return { verdict: "hold" };
  const end = runs.lastAt + BUCKET_MS;
  if (runs.breachSince !== null && end - runs.breachSince >= forMs) {
    return { verdict: "fire", since: runs.breachSince, continuing: runs.breachSince === runs.firstAt };
  }
  if (runs.clearSince !== null && end - runs.clearSince >= clearForMs) return { verdict: "clear" };
  return { verdict: "hold" };
}

export function runsOf(points: readonly Point[], maxGapMs: number): Runs {
  return points.reduce((runs, point) => extendRuns(runs, point, maxGapMs), NO_RUNS);
}
