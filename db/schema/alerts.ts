import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, text, timestamp, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { Geometry } from "geojson";
import { ALERT_KINDS, ALERT_SEVERITIES, ALERT_STATUSES, CAP_FEED_ACCESS, MUTE_CATEGORY_KINDS } from "@/lib/domain/alerts";
import { SENSOR_KINDS } from "@/lib/domain/sensors";
import { apiTokens, users } from "./access";
import { agencies } from "./agencies";
import { incidents } from "./incidents";
import { seqColumn } from "./live";
import { rules } from "./rules";
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
    ruleId: text("rule_id").references(() => rules.id),
    /** Where it is: a sensor's point, a geofence subject's position, a CAP warning's polygons (the map draws it). */
    area: jsonb("area").$type<Geometry>(),
    /** The area in words (CAP areaDesc): a ward, a gauge, a road. */
    areaDesc: text("area_desc"),
    /** A rule kind (threshold, silence, ...) for the rules engine's alerts, "cap" for incoming CAP warnings. */
    source: text("source").notNull(),
    sourceRef: text("source_ref"),
    /** The kind of sensor the alert is about, so users can mute "waste bins" for themselves. */
    sensorKind: text("sensor_kind", { enum: SENSOR_KINDS }),
    retriggerCount: integer("retrigger_count").notNull().default(0),
    openedAt: timestamp("opened_at", { withTimezone: true }).notNull().defaultNow(),
    /** When the condition behind the latest (re-)trigger began: a later crossing is a re-trigger. */
    triggeredAt: timestamp("triggered_at", { withTimezone: true }).notNull().defaultNow(),
    acknowledgedAt: timestamp("acknowledged_at", { withTimezone: true }),
    acknowledgedBy: text("acknowledged_by"),
    acknowledgedComment: text("acknowledged_comment"),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    /** Who resolved it: a person's label, or "rules" when the condition cleared. */
    resolvedBy: text("resolved_by"),
    resolveReason: text("resolve_reason"),
    incidentId: uuid("incident_id").references(() => incidents.id),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    seq: seqColumn(),
  },
  (t) => [
    index("alerts_status_idx").on(t.status, t.severity),
    index("alerts_seq_idx").on(t.seq),
    index("alerts_opened_idx").on(t.openedAt),
    index("alerts_rule_subject_idx").on(t.ruleId, t.subjectKind, t.subjectId, t.resolvedAt),
    // A subject's alerts, whatever the rule: the inbox's ?subject= links and the map's sensor card.
    index("alerts_subject_idx").on(t.subjectKind, t.subjectId, t.openedAt),
    /** One open alert per rule and subject: re-triggers bump a counter instead of flooding. */
    uniqueIndex("alerts_one_open_uniq")
      .on(t.ruleId, t.subjectKind, t.subjectId)
      .where(sql`${t.status} <> 'resolved' and ${t.ruleId} is not null`),
    uniqueIndex("alerts_source_ref_uniq").on(t.source, t.sourceRef),
    check("alerts_severity_check", sql`${t.severity} in ${sqlList(ALERT_SEVERITIES)}`),
    check("alerts_status_check", sql`${t.status} in ${sqlList(ALERT_STATUSES)}`),
    check("alerts_source_check", sql`${t.source} in ${sqlList(ALERT_KINDS)}`),
    check("alerts_sensor_kind_check", sql`${t.sensorKind} is null or ${t.sensorKind} in ${sqlList(SENSOR_KINDS)}`),
    check("alerts_resolved_check", sql`(${t.status} = 'resolved') = (${t.resolvedAt} is not null)`),
  ],
);
export type Alert = typeof alerts.$inferSelect;

/**
 * Categories a person (or a kiosk display) has muted for themselves: no toast and no sound for
 * them. Muting never hides an alert from anyone else, nor from the inbox.
 */
export const userAlertMutes = pgTable(
  "user_alert_mutes",
  {
    userId: uuid("user_id").references(() => users.id),
    displayTokenId: uuid("display_token_id").references(() => apiTokens.id),
    categoryKind: text("category_kind", { enum: MUTE_CATEGORY_KINDS }).notNull(),
    category: text("category").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("user_alert_mutes_uniq").on(t.userId, t.displayTokenId, t.categoryKind, t.category).nullsNotDistinct(),
    check("user_alert_mutes_subject_check", sql`(${t.userId} is null) <> (${t.displayTokenId} is null)`),
    check("user_alert_mutes_kind_check", sql`${t.categoryKind} in ${sqlList(MUTE_CATEGORY_KINDS)}`),
  ],
);
export type UserAlertMute = typeof userAlertMutes.$inferSelect;

/** Whether an agency publishes its own alerts as a CAP 1.2 Atom feed, and to whom. No row: not published. */
export const capFeedSettings = pgTable(
  "cap_feed_settings",
  {
    agencyId: text("agency_id")
      .primaryKey()
      .references(() => agencies.id),
    access: text("access", { enum: CAP_FEED_ACCESS }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("cap_feed_settings_access_check", sql`${t.access} in ${sqlList(CAP_FEED_ACCESS)}`)],
);
export type CapFeedSetting = typeof capFeedSettings.$inferSelect;
