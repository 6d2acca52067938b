import { sql } from "drizzle-orm";
import { check, doublePrecision, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { agencies } from "./agencies";
import { lonLatCheck } from "./geo-columns";
import { wards } from "./places";
import { sqlList } from "./sql-list";

/** Open311 GeoReport v2 request statuses. */
export const WORK_ORDER_STATUSES = ["open", "closed"] as const;

/**
 * Citizens' service requests (potholes, dark street lights, uncollected waste) as the city's
 * Open311 endpoint reports them: one row per request, updated in place when the source updates it.
 */
export const workOrders = pgTable(
  "work_orders",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Owner: the agency of the feed that reported the request. */
    agencyId: text("agency_id")
      .notNull()
      .references(() => agencies.id),
    source: text("source").notNull(),
    /** The source's id (Open311 service_request_id): makes ingestion idempotent. */
    sourceRef: text("source_ref").notNull(),
    serviceCode: text("service_code").notNull(),
    serviceName: text("service_name"),
    status: text("status", { enum: WORK_ORDER_STATUSES }).notNull(),
    statusNotes: text("status_notes"),
    description: text("description"),
    agencyResponsible: text("agency_responsible"),
    address: text("address"),
    /** Null for a request located by address only. */
    lon: doublePrecision("lon"),
    lat: doublePrecision("lat"),
    h3: text("h3"),
    wardCode: text("ward_code").references(() => wards.code),
    mediaUrl: text("media_url"),
    requestedAt: timestamp("requested_at", { withTimezone: true }).notNull(),
    /** The source's own last-change time: an older report never overwrites a newer one. */
    sourceUpdatedAt: timestamp("source_updated_at", { withTimezone: true }),
    expectedAt: timestamp("expected_at", { withTimezone: true }),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("work_orders_source_ref_uniq").on(t.source, t.sourceRef),
    index("work_orders_agency_status_idx").on(t.agencyId, t.status),
    index("work_orders_h3_idx").on(t.h3),
    check("work_orders_status_check", sql`${t.status} in ${sqlList(WORK_ORDER_STATUSES)}`),
    check("work_orders_lonlat_check", sql`(${t.lon} is null) = (${t.lat} is null) and (${t.lon} is null or ${lonLatCheck(t.lon, t.lat)})`),
  ],
);
export type WorkOrder = typeof workOrders.$inferSelect;
