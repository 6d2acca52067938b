import { sql } from "drizzle-orm";
import { bigserial, boolean, check, index, integer, jsonb, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { INCIDENT_SOURCES, INCIDENT_STATUSES, INCIDENT_TYPES } from "@/lib/domain/incidents";
import { agencies } from "./agencies";
import { lonLatCheck, pointColumns } from "./geo-columns";
import { seqColumn } from "./live";
import { wards } from "./places";
import { sqlList } from "./sql-list";

export const incidents = pgTable(
  "incidents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    agencyId: text("agency_id")
      .notNull()
      .references(() => agencies.id),
    type: text("type", { enum: INCIDENT_TYPES }).notNull(),
    priority: smallint("priority").notNull(),
    status: text("status", { enum: INCIDENT_STATUSES }).notNull().default("new"),
    title: text("title").notNull(),
    description: text("description"),
    ...pointColumns(),
    wardCode: text("ward_code").references(() => wards.code),
    address: text("address"),
    source: text("source", { enum: INCIDENT_SOURCES }).notNull(),
    /** Natural key within the source (crash id, CAP identifier, Open311 id): makes ingestion idempotent. */
    sourceRef: text("source_ref"),
    callerName: text("caller_name"),
    callerPhone: text("caller_phone"),
    synthetic: boolean("synthetic").notNull().default(false),
    reportedAt: timestamp("reported_at", { withTimezone: true }).notNull(),
    dispatchedAt: timestamp("dispatched_at", { withTimezone: true }),
    enRouteAt: timestamp("en_route_at", { withTimezone: true }),
    onSceneAt: timestamp("on_scene_at", { withTimezone: true }),
    transportingAt: timestamp("transporting_at", { withTimezone: true }),
    clearedAt: timestamp("cleared_at", { withTimezone: true }),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    /** Optimistic concurrency: every update is `WHERE version = $expected`. */
    version: integer("version").notNull().default(1),
    seq: seqColumn(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("incidents_source_ref_uniq").on(t.source, t.sourceRef),
    index("incidents_status_idx").on(t.status, t.priority),
    index("incidents_reported_at_idx").on(t.reportedAt),
    /** The duplicate-call check: same type, reported in the last half hour. */
    index("incidents_type_reported_at_idx").on(t.type, t.reportedAt),
    index("incidents_agency_idx").on(t.agencyId),
    index("incidents_h3_idx").on(t.h3),
    index("incidents_seq_idx").on(t.seq),
    check("incidents_type_check", sql`${t.type} in ${sqlList(INCIDENT_TYPES)}`),
    check("incidents_status_check", sql`${t.status} in ${sqlList(INCIDENT_STATUSES)}`),
    check("incidents_source_check", sql`${t.source} in ${sqlList(INCIDENT_SOURCES)}`),
    check("incidents_priority_check", sql`${t.priority} between 1 and 4`),
    check("incidents_lonlat_check", lonLatCheck(t.lon, t.lat)),
    check("incidents_title_check", sql`length(${t.title}) between 1 and 200`),
  ],
);
export type Incident = typeof incidents.$inferSelect;

/** Append-only timeline of an incident: never updated or deleted (a trigger refuses it). */
export const incidentEvents = pgTable(
  "incident_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    incidentId: uuid("incident_id")
      .notNull()
      .references(() => incidents.id),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    kind: text("kind").notNull(),
    actor: text("actor").notNull(),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index("incident_events_incident_idx").on(t.incidentId, t.at)],
);
export type IncidentEvent = typeof incidentEvents.$inferSelect;
