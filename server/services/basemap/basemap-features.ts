import { and, asc, eq, isNotNull } from "drizzle-orm";
import type { Feature, Geometry } from "geojson";
import type { Db } from "@/db/client";
import { constituencies, pois, roads, waterways, wards } from "@/db/schema";
import type { BasemapLayer } from "./basemap-layers";
import { placeRoadLabels } from "./place-road-labels";

type Properties = Record<string, string | number | null>;

const feature = (geometry: Geometry, properties: Properties): Feature<Geometry, Properties> => ({
  type: "Feature",
  geometry,
  properties,
});

const point = (lon: number, lat: number): Geometry => ({ type: "Point", coordinates: [lon, lat] });

/** Label kinds the client styles differently (size, colour, zoom range). */
export type LabelKind = "ward" | "road" | "hospital";

const loaders: Record<BasemapLayer, (db: Db) => Promise<Feature<Geometry, Properties>[]>> = {
  async wards(db) {
    const rows = await db
      .select({ code: wards.code, name: wards.name, constituencyCode: wards.constituencyCode, geometry: wards.geometry })
      .from(wards);
    return rows.map(({ geometry, ...props }) => feature(geometry, props));
  },

  async constituencies(db) {
    const rows = await db.select({ code: constituencies.code, name: constituencies.name, geometry: constituencies.geometry }).from(constituencies);
    return rows.map(({ geometry, ...props }) => feature(geometry, props));
  },

  async roads(db) {
    const rows = await db
      .select({ id: roads.id, source: roads.source, highway: roads.highway, name: roads.name, ref: roads.ref, geometry: roads.geometry })
      .from(roads);
    return rows.map(({ geometry, ...props }) => feature(geometry, props));
  },

  async waterways(db) {
    const rows = await db.select({ id: waterways.id, name: waterways.name, geometry: waterways.geometry }).from(waterways);
    return rows.map(({ geometry, ...props }) => feature(geometry, props));
  },

  async hospitals(db) {
    const rows = await hospitalRows(db);
    return rows.map(({ lon, lat, ...props }) => feature(point(lon, lat), props));
  },

  /** Label points for the deck.gl TextLayers (MapLibre would need a glyph server for text). */
  async labels(db) {
    const [wardRows, namedMajorRoads, hospitalsRows] = await Promise.all([
      db.select({ code: wards.code, name: wards.name, lon: wards.lon, lat: wards.lat }).from(wards),
      db
        .select({ name: roads.name, highway: roads.highway, geometry: roads.geometry })
        .from(roads)
        .where(and(eq(roads.source, "osm_major"), isNotNull(roads.name))),
      hospitalRows(db),
    ]);
    const label = (kind: LabelKind, text: string, lon: number, lat: number, extra: Properties = {}) =>
      feature(point(lon, lat), { kind, text, ...extra });
    return [
      ...wardRows.map((w) => label("ward", w.name, w.lon, w.lat, { code: w.code })),
      ...placeRoadLabels(namedMajorRoads.map((r) => ({ ...r, name: r.name! }))).map((r) =>
        label("road", r.name, r.position[0], r.position[1], { highway: r.highway, angle: Math.round(r.angle) }),
      ),
      ...hospitalsRows.map((h) => label("hospital", h.name, h.lon, h.lat)),
    ];
  },
};

function hospitalRows(db: Db) {
  return db
    .select({ id: pois.id, name: pois.name, lon: pois.lon, lat: pois.lat })
    .from(pois)
    .where(eq(pois.kind, "hospital"))
    .orderBy(asc(pois.name));
}

export function loadBasemapFeatures(db: Db, layer: BasemapLayer) {
  return loaders[layer](db);
}
