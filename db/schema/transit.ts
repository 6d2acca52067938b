import { sql } from "drizzle-orm";
import { check, doublePrecision, index, integer, pgTable, primaryKey, real, smallint, text, timestamp } from "drizzle-orm/pg-core";
import { agencies } from "./agencies";
import { feeds } from "./feeds";
import { lonLatCheck } from "./geo-columns";
import { seqColumn } from "./live";

/** GTFS static, as imported (agency owning the feed in CityDeck terms: the transit authority). */
export const transitRoutes = pgTable(
  "transit_routes",
  {
    id: text("id").primaryKey(),
    agencyId: text("agency_id")
      .notNull()
      .references(() => agencies.id),
    /** The GTFS static feed that imported the route: its next import removes what it no longer lists. */
    feedId: text("feed_id").references(() => feeds.id),
    shortName: text("short_name"),
    longName: text("long_name"),
    description: text("description"),
    routeType: smallint("route_type").notNull(),
    color: text("color"),
  },
  (t) => [check("transit_routes_color_check", sql`${t.color} is null or ${t.color} ~ '^[0-9A-Fa-f]{6}$'`)],
);
export type TransitRoute = typeof transitRoutes.$inferSelect;

export const transitStops = pgTable(
  "transit_stops",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    lon: doublePrecision("lon").notNull(),
    lat: doublePrecision("lat").notNull(),
    parentStation: text("parent_station"),
  },
  (t) => [check("transit_stops_lonlat_check", lonLatCheck(t.lon, t.lat))],
);

export const transitShapes = pgTable(
  "transit_shapes",
  {
    shapeId: text("shape_id").notNull(),
    sequence: integer("sequence").notNull(),
    lon: doublePrecision("lon").notNull(),
    lat: doublePrecision("lat").notNull(),
  },
  (t) => [primaryKey({ name: "transit_shapes_pk", columns: [t.shapeId, t.sequence] })],
);

export const transitTrips = pgTable(
  "transit_trips",
  {
    id: text("id").primaryKey(),
    routeId: text("route_id")
      .notNull()
      .references(() => transitRoutes.id),
    serviceId: text("service_id").notNull(),
    headsign: text("headsign"),
    directionId: smallint("direction_id"),
    shapeId: text("shape_id"),
  },
  (t) => [index("transit_trips_route_idx").on(t.routeId)],
);

export const transitStopTimes = pgTable(
  "transit_stop_times",
  {
    tripId: text("trip_id")
      .notNull()
      .references(() => transitTrips.id),
    stopSequence: integer("stop_sequence").notNull(),
    stopId: text("stop_id")
      .notNull()
      .references(() => transitStops.id),
    /** Seconds after the service day's midnight (GTFS times may pass 24:00:00). */
    arrivalS: integer("arrival_s").notNull(),
    departureS: integer("departure_s").notNull(),
  },
  (t) => [
    primaryKey({ name: "transit_stop_times_pk", columns: [t.tripId, t.stopSequence] }),
    index("transit_stop_times_stop_idx").on(t.stopId),
    check("transit_stop_times_order_check", sql`${t.departureS} >= ${t.arrivalS}`),
  ],
);

/** Latest GTFS-RT position of each vehicle (live). */
export const vehicles = pgTable(
  "vehicles",
  {
    id: text("id").primaryKey(),
    /** Owner: the agency of the GTFS-RT feed that reports the vehicle. */
    agencyId: text("agency_id")
      .notNull()
      .references(() => agencies.id),
    tripId: text("trip_id"),
    routeId: text("route_id"),
    lon: doublePrecision("lon").notNull(),
    lat: doublePrecision("lat").notNull(),
    bearingDeg: real("bearing_deg"),
    speedMps: real("speed_mps"),
    delayS: integer("delay_s"),
    reportedAt: timestamp("reported_at", { withTimezone: true }).notNull(),
    seq: seqColumn(),
  },
  (t) => [
    index("vehicles_seq_idx").on(t.seq),
    check("vehicles_lonlat_check", lonLatCheck(t.lon, t.lat)),
    check("vehicles_speed_check", sql`${t.speedMps} is null or ${t.speedMps} between 0 and 100`),
  ],
);
export type Vehicle = typeof vehicles.$inferSelect;
