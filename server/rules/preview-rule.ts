/**
 * What a rule would have fired on over the last 24 hours of one-minute rollups, judged bucket by
 * bucket as the live engine judges. Geofence and feed rules need history CityDeck does not keep
 * (past positions, past feed polls), so they have no preview.
 */
import type { Db } from "@/db/client";
import type { AlertSeverity } from "@/lib/domain/alerts";
import { PREVIEW_HOURS, type RuleDefinition } from "@/lib/domain/rules";
import type { AgencyScope } from "@/server/auth/agency-scope";
import { changesOverSpan, ratePoints } from "./evaluate/rate-of-change";
import { replayGaps, replayLevels, type LevelSeries, type ReplayedFiring } from "./evaluate/replay";
import { maxGapMs, type Bucket, type SensorFacts } from "./evaluate/sensor-facts";
import { thresholdLevels, thresholdPoint, thresholdTiming } from "./evaluate/threshold";
import { loadBuckets, loadSensorFacts } from "./load/sensor-data";
import { lookbackMs } from "./sensor-rule-findings";

export interface PreviewFiring extends ReplayedFiring {
  subjectId: string;
  subjectName: string;
}

export type RulePreview =
  | { supported: false; reason: string }
  | { supported: true; hours: number; sensors: number; firings: PreviewFiring[] };

/** Enough to judge a rule; a rule that fires more often than this is noisy whatever the exact count. */
const MAX_FIRINGS = 200;

export async function previewRule(db: Db, scope: AgencyScope, severity: AlertSeverity, definition: RuleDefinition, now = new Date()): Promise<RulePreview> {
  if (definition.kind === "geofence") return { supported: false, reason: "Geofences have no preview: CityDeck keeps no history of positions." };
  if (definition.kind === "silence" && definition.params.subject === "feed") return { supported: false, reason: "Feed silence has no preview: CityDeck keeps no history of feed polls." };
  const sensors =
    definition.kind === "silence"
      ? await loadSensorFacts(db, scope, definition.params.subject === "sensor" ? definition.params.sensorKind : undefined)
      : await loadSensorFacts(db, scope, definition.params.sensorKind, definition.params.sensorIds);
  const from = now.getTime() - PREVIEW_HOURS * 3_600_000;
  const warmUp = definition.kind === "silence" ? 0 : lookbackMs(definition, sensors);
  const buckets = await loadBuckets(db, sensors.map((s) => s.id), from - warmUp);
  const firings = sensors
    .flatMap((sensor) => replaySensor(definition, severity, sensor, buckets.get(sensor.id)!, now).map((f) => ({ ...f, subjectId: sensor.id, subjectName: sensor.name })))
    .filter((firing) => firing.to === null || firing.to.getTime() >= from)
    .sort((a, b) => b.from.getTime() - a.from.getTime());
  return { supported: true, hours: PREVIEW_HOURS, sensors: sensors.length, firings: firings.slice(0, MAX_FIRINGS) };
}

function replaySensor(definition: RuleDefinition, severity: AlertSeverity, sensor: SensorFacts, buckets: readonly Bucket[], now: Date): ReplayedFiring[] {
  const gapMs = maxGapMs(sensor.cadenceS);
  switch (definition.kind) {
    case "threshold": {
      const levels = thresholdLevels(definition.params, severity, sensor);
      if (!levels) return [];
      const series: LevelSeries[] = levels.map((level) => ({ severity: level.severity, points: buckets.map((b) => thresholdPoint(definition.params, level.limit, b)) }));
      return replayLevels(series, thresholdTiming(definition.params, sensor.cadenceS));
    }
    case "rate_of_change":
      return replayLevels([{ severity, points: ratePoints(definition.params, changesOverSpan(definition.params, buckets, gapMs)) }], { forMs: 0, clearForMs: 0, maxGapMs: gapMs });
    case "silence":
      return definition.params.subject === "sensor" ? replayGaps(buckets.map((b) => b.at), definition.params.multiple * sensor.cadenceS * 1000, severity, now.getTime()) : [];
    case "geofence":
      return [];
  }
}
