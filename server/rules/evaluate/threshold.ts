/** Threshold rules: the one-minute average above (or below) a limit for a duration, with hysteresis. */
import type { AlertSeverity } from "@/lib/domain/alerts";
import type { ThresholdLimit, ThresholdParams } from "@/lib/domain/rules";
import type { Finding } from "../findings";
import { isInWindow } from "./active-window";
import { firingLevel } from "./levels";
import { judgeRuns, runsOf, type Point } from "./runs";
import { formatValue, maxGapMs, sensorPlace, sensorSubject, type Bucket, type SensorFacts } from "./sensor-facts";

export interface Level {
  severity: AlertSeverity;
  limit: number;
}

/** A fixed value, or the gauge's configured flood stage (undefined when the gauge has none). */
export function resolveLimit(limit: ThresholdLimit, sensor: SensorFacts): number | undefined {
  return "value" in limit ? limit.value : sensor.config.floodStagesM?.[limit.floodStage];
}

/** The base level first, then the escalations this sensor can resolve; null when even the base cannot be. */
export function thresholdLevels(params: ThresholdParams, severity: AlertSeverity, sensor: SensorFacts): Level[] | null {
  const base = resolveLimit(params.limit, sensor);
  if (base === undefined) return null;
  const escalations = params.escalations.flatMap((e) => {
    const limit = resolveLimit(e.limit, sensor);
    return limit === undefined ? [] : [{ severity: e.severity, limit }];
  });
  return [{ severity, limit: base }, ...escalations];
}

/**
 * A rule with a duration judges one-minute averages; a rule without one judges the latest
 * reading, so a crossing counts at once instead of being averaged with the minute before it.
 */
export const judgedValue = (params: ThresholdParams, bucket: Bucket) => (params.forMinutes > 0 ? bucket.mean : bucket.last);

/** Outside the active window every point counts as clear: the condition is not watched then. */
export function thresholdPoint(params: ThresholdParams, limit: number, bucket: Bucket): Point {
  if (params.activeWindow && !isInWindow(bucket.at, params.activeWindow)) return { at: bucket.at, breach: false, clear: true };
  const value = judgedValue(params, bucket);
  return params.direction === "above"
    ? { at: bucket.at, breach: value > limit, clear: value <= limit - params.clearMargin }
    : { at: bucket.at, breach: value < limit, clear: value >= limit + params.clearMargin };
}

export const thresholdTiming = (params: ThresholdParams, cadenceS: number) => ({
  forMs: params.forMinutes * 60_000,
  clearForMs: params.clearForMinutes * 60_000,
  maxGapMs: maxGapMs(cadenceS),
});

export interface RuleHead {
  name: string;
  severity: AlertSeverity;
}

/** One sensor's finding from its recent buckets (oldest first). */
export function evaluateThreshold(rule: RuleHead, params: ThresholdParams, sensor: SensorFacts, buckets: readonly Bucket[], now: number): Finding | null {
  const levels = thresholdLevels(params, rule.severity, sensor);
  if (!levels) return null;
  const subject = sensorSubject(sensor);
  const timing = thresholdTiming(params, sensor.cadenceS);
  const judge = { ...timing, now, maxAgeMs: timing.maxGapMs };
  const judgements = levels.map((level) => judgeRuns(runsOf(buckets.map((b) => thresholdPoint(params, level.limit, b)), timing.maxGapMs), judge));
  const base = judgements[0]!;
  if (base.verdict === "hold") return { verdict: "hold", subject };
  const latest = judgedValue(params, buckets.at(-1)!);
  if (base.verdict === "clear") {
    return { verdict: "clear", subject, reason: `Back to ${formatValue(latest, sensor.unit)} (limit ${formatValue(levels[0]!.limit, sensor.unit)}).` };
  }
  const { severity, limit } = firingLevel(levels, judgements);
  const observed = params.forMinutes > 0 ? `One-minute average ${formatValue(latest, sensor.unit)}` : `Reading ${formatValue(latest, sensor.unit)}`;
  const duration = params.forMinutes > 0 ? ` for ${params.forMinutes} min` : "";
  return {
    verdict: "fire",
    subject,
    severity,
    since: new Date(base.since),
    continuing: base.continuing,
    title: `${rule.name}: ${sensor.name}`,
    description: `${observed}, ${params.direction} the limit of ${formatValue(limit, sensor.unit)}${duration}.`,
    ...sensorPlace(sensor),
  };
}
