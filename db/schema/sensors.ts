import { sql } from "drizzle-orm";
import { bigint, boolean, check, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { SENSOR_KINDS } from "@/lib/domain/sensors";
import { agencies } from "./agencies";
import { lonLatCheck, pointColumns } from "./geo-columns";
import { seqColumn } from "./live";
import { roads, wards } from "./places";
import { sqlList } from "./sql-list";

/** Per-site settings: flood stages of a river gauge, capacity of a substation, and so on. */
export type SensorConfig = {
  floodStagesM?: { action: number; minor: number; moderate: number; major: number };
  capacityMva?: number;
  circuitLamps?: number;
  binLitres?: number;
  speedLimitKph?: number;
};

/** A sensor and its latest value (the live row); raw readings and rollups are below. */
export const sensors = pgTable(
  "sensors",
  {
    id: text("id").primaryKey(),
    agencyId: text("agency_id")
      .notNull()
      .references(() => agencies.id),
    kind: text("kind", { enum: SENSOR_KINDS }).notNull(),
    name: text("name").notNull(),
    ...pointColumns(),
    wardCode: text("ward_code").references(() => wards.code),
    roadId: text("road_id").references(() => roads.id),
    unit: text("unit").notNull(),
    cadenceS: integer("cadence_s").notNull(),
    config: jsonb("config").$type<SensorConfig>().notNull().default({}),
    synthetic: boolean("synthetic").notNull().default(true),
    latestValue: doublePrecision("latest_value"),
    latestAt: timestamp("latest_at", { withTimezone: true }),
    seq: seqColumn(),
  },
  (t) => [
    index("sensors_kind_idx").on(t.kind),
    index("sensors_agency_idx").on(t.agencyId),
    index("sensors_ward_idx").on(t.wardCode),
    index("sensors_seq_idx").on(t.seq),
    check("sensors_kind_check", sql`${t.kind} in ${sqlList(SENSOR_KINDS)}`),
    check("sensors_lonlat_check", lonLatCheck(t.lon, t.lat)),
    check("sensors_cadence_check", sql`${t.cadenceS} between 1 and 86400`),
  ],
);
export type Sensor = typeof sensors.$inferSelect;

export const readings = pgTable(
  "readings",
  {
    sensorId: text("sensor_id")
      .notNull()
      .references(() => sensors.id),
    at: timestamp("at", { withTimezone: true }).notNull(),
    value: doublePrecision("value").notNull(),
  },
  (t) => [
    primaryKey({ name: "readings_pk", columns: [t.sensorId, t.at] }),
    index("readings_at_idx").on(t.at),
    check("readings_value_check", sql`${t.value} = ${t.value} and ${t.value} not in ('Infinity'::float8, '-Infinity'::float8)`),
  ],
);
export type Reading = typeof readings.$inferSelect;

const rollupColumns = () => ({
  sensorId: text("sensor_id")
    .notNull()
    .references(() => sensors.id),
  bucket: timestamp("bucket", { withTimezone: true }).notNull(),
  count: integer("count").notNull(),
  sum: doublePrecision("sum").notNull(),
  min: doublePrecision("min").notNull(),
  max: doublePrecision("max").notNull(),
  last: doublePrecision("last").notNull(),
  /** When `last` was read: a late reading replaces `last` only if it is newer. */
  lastAt: timestamp("last_at", { withTimezone: true }).notNull(),
});

export const readings1m = pgTable("readings_1m", rollupColumns(), (t) => [
  primaryKey({ name: "readings_1m_pk", columns: [t.sensorId, t.bucket] }),
  index("readings_1m_bucket_idx").on(t.bucket),
  check("readings_1m_count_check", sql`${t.count} > 0 and ${t.min} <= ${t.max}`),
]);

export const readings1h = pgTable("readings_1h", rollupColumns(), (t) => [
  primaryKey({ name: "readings_1h_pk", columns: [t.sensorId, t.bucket] }),
  index("readings_1h_bucket_idx").on(t.bucket),
  check("readings_1h_count_check", sql`${t.count} > 0 and ${t.min} <= ${t.max}`),
]);

/**
 * Each hour's revision: bumped by triggers (migration 0009) whenever a statement inserts,
 * updates or deletes that hour's rows in readings_1h, whoever writes them. The wallboard keeps
 * an hour's KPI results while its revision holds (server/services/kpis/hourly-cache.ts), so a
 * late reading merged into a past hour is never missed.
 */
export const readings1hRevisions = pgTable("readings_1h_revisions", {
  bucket: timestamp("bucket", { withTimezone: true }).primaryKey(),
  revision: bigint("revision", { mode: "number" }).notNull(),
});
