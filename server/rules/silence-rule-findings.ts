import type { Db } from "@/db/client";
import type { SilenceParams } from "@/lib/domain/rules";
import type { AgencyScope } from "@/server/auth/agency-scope";
import { evaluateFeedSilence, evaluateSensorSilence, type SilenceClock } from "./evaluate/silence";
import type { RuleHead } from "./evaluate/threshold";
import type { Finding } from "./findings";
import { loadFeedFacts } from "./load/feeds";
import { loadSensorFacts } from "./load/sensor-data";
import { focusedSensorIds, type SensorFocus } from "./sensor-focus";

export async function silenceRuleFindings(db: Db, head: RuleHead, params: SilenceParams, scope: AgencyScope, clock: SilenceClock, focus: SensorFocus): Promise<Finding[]> {
  if (params.subject === "feed") return (await loadFeedFacts(db, scope)).map((feed) => evaluateFeedSilence(head, params.multiple, feed, clock));
  const ids = focusedSensorIds(undefined, focus);
  if (ids?.length === 0) return [];
  return (await loadSensorFacts(db, scope, params.sensorKind, ids)).map((sensor) => evaluateSensorSilence(head, params.multiple, sensor, clock));
}
