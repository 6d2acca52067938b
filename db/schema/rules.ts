import { sql } from "drizzle-orm";
import { boolean, check, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { ALERT_SEVERITIES } from "@/lib/domain/alerts";
import { RULE_KINDS, type RuleParams } from "@/lib/domain/rules";
import { agencies } from "./agencies";
import { sqlList } from "./sql-list";

/** Alert rules, as data. `params` is validated per kind by lib/domain/rules.ts before it is stored. */
export const rules = pgTable(
  "rules",
  {
    /** Shipped defaults have readable ids ("default-pm25-unhealthy"); rules made in the editor get a uuid. */
    id: text("id").primaryKey().default(sql`gen_random_uuid()::text`),
    agencyId: text("agency_id")
      .notNull()
      .references(() => agencies.id),
    name: text("name").notNull(),
    kind: text("kind", { enum: RULE_KINDS }).notNull(),
    params: jsonb("params").$type<RuleParams[keyof RuleParams]>().notNull(),
    severity: text("severity", { enum: ALERT_SEVERITIES }).notNull(),
    enabled: boolean("enabled").notNull().default(true),
    /** Optimistic concurrency: every edit is `WHERE version = $expected`. */
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    updatedBy: text("updated_by"),
  },
  (t) => [
    index("rules_agency_idx").on(t.agencyId),
    check("rules_kind_check", sql`${t.kind} in ${sqlList(RULE_KINDS)}`),
    check("rules_severity_check", sql`${t.severity} in ${sqlList(ALERT_SEVERITIES)}`),
    check("rules_name_check", sql`length(${t.name}) between 1 and 120`),
  ],
);
export type Rule = typeof rules.$inferSelect;

/**
 * What a geofence rule last saw of each subject: inside its zone or not. "Leaving" is a change
 * of state, so it needs this memory; a rule edit (new version) starts the memory afresh.
 */
export const ruleSubjectStates = pgTable(
  "rule_subject_states",
  {
    ruleId: text("rule_id")
      .notNull()
      .references(() => rules.id, { onDelete: "cascade" }),
    ruleVersion: integer("rule_version").notNull(),
    subjectKind: text("subject_kind").notNull(),
    subjectId: text("subject_id").notNull(),
    inside: boolean("inside").notNull(),
    since: timestamp("since", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ name: "rule_subject_states_pk", columns: [t.ruleId, t.subjectKind, t.subjectId] })],
);
export type RuleSubjectState = typeof ruleSubjectStates.$inferSelect;
