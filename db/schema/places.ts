import { sql } from "drizzle-orm";
import { boolean, check, index, integer, jsonb, pgTable, real, text } from "drizzle-orm/pg-core";
import type { Geometry, LineString, MultiPolygon, Polygon } from "geojson";
import { lonLatCheck, pointColumns } from "./geo-columns";
import { sqlList } from "./sql-list";

export const constituencies = pgTable("constituencies", {
  code: text("code").primaryKey(),
  name: text("name").notNull(),
  geometry: jsonb("geometry").$type<Polygon | MultiPolygon>().notNull(),
});
export type Constituency = typeof constituencies.$inferSelect;

export const wards = pgTable(
  "wards",
  {
    code: text("code").primaryKey(),
    name: text("name").notNull(),
    constituencyCode: text("constituency_code")
      .notNull()
      .references(() => constituencies.code),
    geometry: jsonb("geometry").$type<Polygon | MultiPolygon>().notNull(),
    /** Label point, inside the polygon. */
    ...pointColumns(),
  },
  (t) => [index("wards_constituency_idx").on(t.constituencyCode), check("wards_lonlat_check", lonLatCheck(t.lon, t.lat))],
);
export type Ward = typeof wards.$inferSelect;

export const ROAD_SOURCES = ["osm_major", "osm_cbd"] as const;

export const roads = pgTable(
  "roads",
  {
    id: text("id").primaryKey(),
    source: text("source", { enum: ROAD_SOURCES }).notNull(),
    name: text("name"),
    ref: text("ref"),
    highway: text("highway").notNull(),
    lanes: integer("lanes"),
    maxspeedKph: integer("maxspeed_kph"),
    oneway: boolean("oneway").notNull().default(false),
    lengthM: real("length_m").notNull(),
    geometry: jsonb("geometry").$type<LineString>().notNull(),
  },
  (t) => [
    index("roads_name_idx").on(t.name),
    check("roads_source_check", sql`${t.source} in ${sqlList(ROAD_SOURCES)}`),
    check("roads_length_check", sql`${t.lengthM} >= 0`),
    check("roads_maxspeed_check", sql`${t.maxspeedKph} is null or ${t.maxspeedKph} between 5 and 130`),
  ],
);
export type Road = typeof roads.$inferSelect;

export const waterways = pgTable("waterways", {
  id: text("id").primaryKey(),
  name: text("name"),
  source: text("source").notNull(),
  geometry: jsonb("geometry").$type<LineString>().notNull(),
});

export const POI_KINDS = ["hospital", "health_facility", "school", "stop", "base"] as const;
export type PoiKind = (typeof POI_KINDS)[number];

/** Landmarks of the gazetteer: hospitals, facilities, schools, matatu stops and synthetic unit bases. */
export const pois = pgTable(
  "pois",
  {
    id: text("id").primaryKey(),
    kind: text("kind", { enum: POI_KINDS }).notNull(),
    name: text("name").notNull(),
    ...pointColumns(),
    wardCode: text("ward_code").references(() => wards.code),
    source: text("source").notNull(),
    synthetic: boolean("synthetic").notNull().default(false),
    footprint: jsonb("footprint").$type<Geometry>(),
    properties: jsonb("properties").$type<Record<string, string | number | boolean | null>>().notNull().default({}),
  },
  (t) => [
    index("pois_kind_idx").on(t.kind),
    index("pois_h3_idx").on(t.h3),
    index("pois_name_idx").on(t.name),
    check("pois_kind_check", sql`${t.kind} in ${sqlList(POI_KINDS)}`),
    check("pois_lonlat_check", lonLatCheck(t.lon, t.lat)),
  ],
);
export type Poi = typeof pois.$inferSelect;
