/** One pass of the rules engine: every enabled rule judged, and its alerts opened, updated or resolved. */
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { agencies, rules, type Rule } from "@/db/schema";
import type { LiveTopic } from "@/lib/domain/live";
import type { RuleDefinition } from "@/lib/domain/rules";
import type { AgencyScope } from "@/server/auth/agency-scope";
import { subjectKey } from "./findings";
import { loadHandResolutions, loadOpenAlerts } from "./load/open-alerts";
import { planAlertChanges, type AlertChange } from "./plan-alert-changes";
import { ruleDefinitionOf, ruleFindings, type PassMoment } from "./rule-findings";
import { ruleScope } from "./rule-scope";
import { watchesSensors, type SensorFocus } from "./sensor-focus";
import { writeAlertChanges } from "./write-alert-changes";

/** The live topics whose changes can change a rule's findings. */
export function topicsOf(definition: RuleDefinition): LiveTopic[] {
  switch (definition.kind) {
    case "threshold":
    case "rate_of_change":
      return ["sensors"];
    case "silence":
      return [definition.params.subject === "feed" ? "feeds" : "sensors"];
    case "geofence":
      return definition.params.subjects.map((subject) => (subject === "unit" ? "units" : subject === "vehicle" ? "vehicles" : "incidents"));
  }
}

export type ChangeCounts = Record<AlertChange["type"], number>;

export interface PassReport {
  evaluated: number;
  changes: ChangeCounts;
  failures: { ruleId: string; message: string }[];
}

const CHANGE_WORDS: Record<AlertChange["type"], string> = { open: "opened", retrigger: "re-triggered", restate: "changed severity", resolve: "resolved" };

/** "alerts: 2 opened, 1 resolved", or null when nothing changed: the duty's log line. */
export function describeChanges(counts: ChangeCounts): string | null {
  const parts = (Object.keys(CHANGE_WORDS) as AlertChange["type"][]).filter((type) => counts[type] > 0).map((type) => `${counts[type]} ${CHANGE_WORDS[type]}`);
  return parts.length > 0 ? `alerts: ${parts.join(", ")}` : null;
}

export interface PassOptions {
  now?: Date;
  /** Only rules that watch these topics; all rules when absent. */
  topics?: ReadonlySet<LiveTopic>;
  /** Only these sensors (the ones just written); every sensor when absent. */
  sensors?: SensorFocus;
  /** When CityDeck started listening: silence before it does not count (evaluate/silence.ts). */
  listeningSince?: Date;
}

/** Rules whose stored params no longer validate are skipped and reported, never fatal. */
export async function evaluateRules(db: Db, options: PassOptions = {}): Promise<PassReport> {
  const now = options.now ?? new Date();
  const [enabled, kinds] = await Promise.all([
    db.select().from(rules).where(eq(rules.enabled, true)),
    db.select({ id: agencies.id, kind: agencies.kind }).from(agencies),
  ]);
  const agencyKind = new Map(kinds.map((a) => [a.id, a.kind]));
  const report: PassReport = { evaluated: 0, changes: { open: 0, retrigger: 0, restate: 0, resolve: 0 }, failures: [] };
  const moment: PassMoment = { now: now.getTime(), listeningSince: options.listeningSince?.getTime() ?? null, focus: options.sensors };
  for (const rule of enabled) {
    const definition = ruleDefinitionOf(rule);
    if (!definition) {
      report.failures.push({ ruleId: rule.id, message: "its parameters are not valid" });
      continue;
    }
    if (options.topics && !topicsOf(definition).some((topic) => options.topics!.has(topic))) continue;
    try {
      const changes = await evaluateRule(db, rule, definition, ruleScope(rule.agencyId, agencyKind.get(rule.agencyId)), moment);
      for (const change of changes) report.changes[change.type]++;
      report.evaluated++;
    } catch (error) {
      report.failures.push({ ruleId: rule.id, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return report;
}

async function evaluateRule(db: Db, rule: Rule, definition: RuleDefinition, scope: AgencyScope, moment: PassMoment): Promise<AlertChange[]> {
  const { focus } = moment;
  const findings = await ruleFindings(db, rule, definition, scope, moment);
  // A focused pass says nothing about the sensors outside its focus: leave their alerts alone.
  const open = (await loadOpenAlerts(db, rule.id)).filter((alert) => !focus || !watchesSensors(definition) || focus.has(alert.subjectId));
  const openKeys = new Set(open.map((a) => subjectKey({ kind: a.subjectKind, id: a.subjectId })));
  const firingWithoutAlert = findings.filter((f) => f.verdict === "fire" && !openKeys.has(subjectKey(f.subject)));
  const changes = planAlertChanges(open, findings, await loadHandResolutions(db, rule.id, firingWithoutAlert));
  await writeAlertChanges(db, { id: rule.id, kind: definition.kind }, changes, new Date(moment.now));
  return changes;
}
