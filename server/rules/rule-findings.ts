/** One rule's findings, whatever its kind. */
import type { Db } from "@/db/client";
import type { Rule } from "@/db/schema";
import { RuleDefinition } from "@/lib/domain/rules";
import type { AgencyScope } from "@/server/auth/agency-scope";
import type { SilenceClock } from "./evaluate/silence";
import type { Finding } from "./findings";
import type { SensorFocus } from "./sensor-focus";
import { geofenceRuleFindings } from "./geofence-rule-findings";
import { sensorRuleFindings } from "./sensor-rule-findings";
import { silenceRuleFindings } from "./silence-rule-findings";

/** Params are validated again on every read: a rule stored by an older version must not crash the engine. */
export function ruleDefinitionOf(rule: Pick<Rule, "kind" | "params">): RuleDefinition | null {
  const parsed = RuleDefinition.safeParse({ kind: rule.kind, params: rule.params });
  return parsed.success ? parsed.data : null;
}

/** What a pass judges against: its instant, since when CityDeck has listened, and the sensors it looks at. */
export type PassMoment = SilenceClock & { focus: SensorFocus };

export async function ruleFindings(db: Db, rule: Rule, definition: RuleDefinition, scope: AgencyScope, { focus, ...clock }: PassMoment): Promise<Finding[]> {
  const { now } = clock;
  switch (definition.kind) {
    case "threshold":
    case "rate_of_change":
      return sensorRuleFindings(db, rule, definition, scope, now, focus);
    case "silence":
      return silenceRuleFindings(db, rule, definition.params, scope, clock, focus);
    case "geofence":
      return geofenceRuleFindings(db, rule, definition.params, scope, now);
  }
}
