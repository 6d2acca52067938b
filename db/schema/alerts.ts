import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { Geometry } from "geojson";
import { ALERT_SEVERITIES, ALERT_STATUSES } from "@/lib/domain/alerts";
import { agencies } from "./agencies";
import { incidents } from "./incidents";
import { seqColumn } from "./live";
import { sqlList } from "./sql-list";

export const alerts = pgTable(
  "alerts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    agencyId: text("agency_id")
      .notNull()
      .references(() => agencies.id),
    severity: text("severity", { enum: ALERT_SEVERITIES }).notNull(),
    status: text("status", { enum: ALERT_STATUSES }).notNull().default("open"),
    title: text("title").notNull(),
    description: text("description"),
    /** What the alert is about: "sensor", "feed", "cap", ... and its id. */
    subjectKind: text("subject_kind").notNull(),
    subjectId: text("subject_id").notNull(),
    ruleId: text("rule_id"),
    area: jsonb("area").$type<Geometry>(),
    source: text("source").notNull(),
    sourceRef: text("source_ref"),
    retriggerCount: integer("retrigger_count").notNull().default(0),
    openedAt: timestamp("opened_at", { withTimezone: true }).notNull().defaultNow(),
    acknowledgedAt: timestamp("acknowledged_at", { withTimezone: true }),
    acknowledgedBy: text("acknowledged_by"),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    incidentId: uuid("incident_id").references(() => incidents.id),
    version: integer("version").notNull().default(1),
    seq: seqColumn(),
  },
  (t) => [
    index("alerts_status_idx").on(t.status, t.severity),
    index("alerts_seq_idx").on(t.seq),
    /** One open alert per rule and subject: re-triggers bump a counter instead of flooding. */
    uniqueIndex("alerts_one_open_uniq")
      .on(t.ruleId, t.subjectKind, t.subjectId)
      .where(sql`${t.status} <> 'resolved' and ${t.ruleId} is not null`),
    uniqueIndex("alerts_source_ref_uniq").on(t.source, t.sourceRef),
    check("alerts_severity_check", sql`${t.severity} in ${sqlList(ALERT_SEVERITIES)}`),
    check("alerts_status_check", sql`${t.status} in ${sqlList(ALERT_STATUSES)}`),
  ],
);
export type Alert = typeof alerts.$inferSelect;
