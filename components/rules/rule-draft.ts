/** The rule editor's working copy (pure): defaults for each kind, and what is wrong with it before saving. */
import type { z } from "zod";
import type { AlertSeverity } from "@/lib/domain/alerts";
import { RULE_PARAMS, type RuleKind } from "@/lib/domain/rules";

export type DraftParams<K extends RuleKind> = z.input<(typeof RULE_PARAMS)[K]>;
export type DraftDefinition = { [K in RuleKind]: { kind: K; params: DraftParams<K> } }[RuleKind];

export interface RuleDraft {
  /** Set when editing a saved rule. */
  id?: string;
  version?: number;
  name: string;
  severity: AlertSeverity;
  definition: DraftDefinition;
}

export const DEFAULT_PARAMS: { [K in RuleKind]: DraftParams<K> } = {
  threshold: { sensorKind: "air_quality", direction: "above", limit: { value: 55.4 }, forMinutes: 30, clearMargin: 0, clearForMinutes: 0, escalations: [] },
  rate_of_change: { sensorKind: "water_level", direction: "rising", change: 0.3, perMinutes: 15 },
  geofence: { subjects: ["unit"], zone: { kind: "ward", wardCode: "" }, trigger: "enter" },
  silence: { subject: "sensor", multiple: 5 },
};

export const definitionOfKind = (kind: RuleKind): DraftDefinition => ({ kind, params: DEFAULT_PARAMS[kind] }) as DraftDefinition;

export const newDraft = (kind: RuleKind = "threshold"): RuleDraft => ({ name: "", severity: "moderate", definition: definitionOfKind(kind) });

/** "forMinutes: Too small: expected number to be >=0", one line per problem with what the rule watches. */
export function paramProblems(definition: DraftDefinition): string[] {
  const parsed = RULE_PARAMS[definition.kind].safeParse(definition.params);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join(".") || "params"}: ${issue.message}`);
}

/** Everything that stops saving; empty when it can be saved (a preview needs only the params right). */
export const draftProblems = (draft: RuleDraft): string[] => [...(draft.name.trim() ? [] : ["Give the rule a name."]), ...paramProblems(draft.definition)];
