/** Rate-of-change rules: the value moved at least `change` within `perMinutes` (a river rising fast). */
import type { RateOfChangeParams } from "@/lib/domain/rules";
import type { Finding } from "../findings";
import { judgeRuns, runsOf, type Point } from "./runs";
import { formatValue, maxGapMs, sensorPlace, sensorSubject, type Bucket, type SensorFacts } from "./sensor-facts";
import type { RuleHead } from "./threshold";

/** The movement over the span ending at each bucket, signed so that positive is the watched direction. */
export function changesOverSpan(params: RateOfChangeParams, buckets: readonly Bucket[], gapMs: number): { at: number; change: number }[] {
  const spanMs = params.perMinutes * 60_000;
  const sign = params.direction === "rising" ? 1 : -1;
  const changes: { at: number; change: number }[] = [];
  let ref = -1;
  for (const bucket of buckets) {
    while (ref + 1 < buckets.length && buckets[ref + 1]!.at <= bucket.at - spanMs) ref++;
    const reference = buckets[ref];
    // Without a value from about `perMinutes` ago there is no rate to judge.
    if (!reference || reference.at < bucket.at - spanMs - gapMs) continue;
    changes.push({ at: bucket.at, change: sign * (bucket.last - reference.last) });
  }
  return changes;
}

export const clearChangeOf = (params: RateOfChangeParams) => params.clearChange ?? params.change / 2;

export function ratePoints(params: RateOfChangeParams, changes: readonly { at: number; change: number }[]): Point[] {
  const clearBelow = clearChangeOf(params);
  return changes.map(({ at, change }) => ({ at, breach: change >= params.change, clear: change < clearBelow }));
}

export function evaluateRateOfChange(rule: RuleHead, params: RateOfChangeParams, sensor: SensorFacts, buckets: readonly Bucket[], now: number): Finding {
  const subject = sensorSubject(sensor);
  const gapMs = maxGapMs(sensor.cadenceS);
  const changes = changesOverSpan(params, buckets, gapMs);
  const judgement = judgeRuns(runsOf(ratePoints(params, changes), gapMs), { forMs: 0, clearForMs: 0, now, maxAgeMs: gapMs });
  if (judgement.verdict === "hold") return { verdict: "hold", subject };
  const latest = changes.at(-1)!;
  const moved = `${params.direction === "rising" ? "Rose" : "Fell"} ${formatValue(latest.change, sensor.unit)} in ${params.perMinutes} min`;
  if (judgement.verdict === "clear") return { verdict: "clear", subject, reason: `${moved}: back under ${formatValue(clearChangeOf(params), sensor.unit)}.` };
  return {
    verdict: "fire",
    subject,
    severity: rule.severity,
    since: new Date(judgement.since),
    continuing: judgement.continuing,
    title: `${rule.name}: ${sensor.name}`,
    description: `${moved} (limit ${formatValue(params.change, sensor.unit)}); now ${formatValue(buckets.at(-1)!.last, sensor.unit)}.`,
    ...sensorPlace(sensor),
  };
}
