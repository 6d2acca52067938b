import { sql } from "drizzle-orm";
import { boolean, check, doublePrecision, index, integer, pgTable, real, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { COMMITTED_UNIT_STATUSES, UNIT_STATUSES, UNIT_TYPES } from "@/lib/domain/units";
import { agencies } from "./agencies";
import { lonLatCheck, pointColumns } from "./geo-columns";
import { incidents } from "./incidents";
import { seqColumn } from "./live";
import { pois } from "./places";
import { sqlList } from "./sql-list";

export const units = pgTable(
  "units",
  {
    id: text("id").primaryKey(),
    agencyId: text("agency_id")
      .notNull()
      .references(() => agencies.id),
    callsign: text("callsign").notNull(),
    type: text("type", { enum: UNIT_TYPES }).notNull(),
    status: text("status", { enum: UNIT_STATUSES }).notNull().default("available"),
    ...pointColumns(),
    headingDeg: real("heading_deg"),
    baseId: text("base_id")
      .notNull()
      .references(() => pois.id),
    baseLon: doublePrecision("base_lon").notNull(),
    baseLat: doublePrecision("base_lat").notNull(),
    incidentId: uuid("incident_id").references(() => incidents.id),
    /** Where an ambulance transporting a patient is heading: a hospital. */
    destinationId: text("destination_id").references(() => pois.id),
    synthetic: boolean("synthetic").notNull().default(true),
    version: integer("version").notNull().default(1),
    seq: seqColumn(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("units_agency_idx").on(t.agencyId),
    index("units_status_idx").on(t.status, t.type),
    index("units_seq_idx").on(t.seq),
    index("units_incident_idx").on(t.incidentId),
    check("units_type_check", sql`${t.type} in ${sqlList(UNIT_TYPES)}`),
    check("units_status_check", sql`${t.status} in ${sqlList(UNIT_STATUSES)}`),
    check("units_lonlat_check", lonLatCheck(t.lon, t.lat)),
    // A unit works an incident exactly while its status says so: no half-released unit.
    check(
      "units_incident_check",
      sql`(${t.status} in ${sqlList(COMMITTED_UNIT_STATUSES)}) = (${t.incidentId} is not null)`,
    ),
    check("units_heading_check", sql`${t.headingDeg} is null or (${t.headingDeg} >= 0 and ${t.headingDeg} < 360)`),
  ],
);
export type Unit = typeof units.$inferSelect;
