/** Threshold and rate-of-change rules: each watched sensor judged on its recent one-minute rollups. */
import type { Db } from "@/db/client";
import type { RateOfChangeParams, ThresholdParams } from "@/lib/domain/rules";
import type { AgencyScope } from "@/server/auth/agency-scope";
import { evaluateRateOfChange } from "./evaluate/rate-of-change";
import { maxGapMs, type Bucket, type SensorFacts } from "./evaluate/sensor-facts";
import { evaluateThreshold, type RuleHead } from "./evaluate/threshold";
import type { Finding } from "./findings";
import { loadBuckets, loadSensorFacts } from "./load/sensor-data";
import { focusedSensorIds, type SensorFocus } from "./sensor-focus";

type SensorRule = { kind: "threshold"; params: ThresholdParams } | { kind: "rate_of_change"; params: RateOfChangeParams };

/** How far back a judgement needs data: the rule's own span plus room for a few missed reports. */
export function lookbackMs(rule: SensorRule, sensors: readonly SensorFacts[]): number {
  const slack = 3 * maxGapMs(Math.max(60, ...sensors.map((s) => s.cadenceS)));
  const span = rule.kind === "threshold" ? Math.max(rule.params.forMinutes, rule.params.clearForMinutes) : rule.params.perMinutes;
  return span * 60_000 + slack;
}

export function judgeSensor(head: RuleHead, rule: SensorRule, sensor: SensorFacts, buckets: readonly Bucket[], now: number): Finding | null {
  return rule.kind === "threshold"
    ? evaluateThreshold(head, rule.params, sensor, buckets, now)
    : evaluateRateOfChange(head, rule.params, sensor, buckets, now);
}

export async function sensorRuleFindings(db: Db, head: RuleHead, rule: SensorRule, scope: AgencyScope, now: number, focus: SensorFocus): Promise<Finding[]> {
  const ids = focusedSensorIds(rule.params.sensorIds, focus);
  if (ids?.length === 0) return [];
  const sensors = await loadSensorFacts(db, scope, rule.params.sensorKind, ids);
  const buckets = await loadBuckets(db, sensors.map((s) => s.id), now - lookbackMs(rule, sensors));
  return sensors.flatMap((sensor) => judgeSensor(head, rule, sensor, buckets.get(sensor.id)!, now) ?? []);
}
