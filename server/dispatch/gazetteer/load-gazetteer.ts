/**
 * The gazetteer a call-taker types into: wards, named roads, junctions, hospitals, matatu stops,
 * schools and health facilities. Built once per database from the seeded places and the road
 * graph, then searched in memory (a few milliseconds per keystroke over ~7,000 names).
 */
import { sql } from "drizzle-orm";
import type { LineString } from "geojson";
import { selectRows, type Db } from "@/db/client";
import type { PlaceKind } from "@/lib/domain/dispatch";
import { cachedPerDatabase } from "../cached-per-database";
import { cityWards } from "../city-wards";
import { getRoadNetwork } from "../road-network";
import { findJunctions } from "./junctions";
import { Gazetteer, type GazetteerEntry } from "./search-gazetteer";

export const getGazetteer = cachedPerDatabase(loadGazetteer, (gazetteer) => gazetteer.size === 0);

type Row = { kind: PlaceKind; name: string; lon: number; lat: number; ward_name: string | null };

async function loadGazetteer(db: Db): Promise<Gazetteer> {
  const wards = cityWards(db);
  const [places, roads, { graph }] = await Promise.all([
    selectRows<Row>(
      db,
      sql`select 'ward' as kind, name, lon, lat, name as ward_name from wards
          union all
          select p.kind, p.name, p.lon, p.lat, w.name from pois p left join wards w on w.code = p.ward_code
          where p.kind in ('hospital', 'health_facility', 'school', 'stop')`,
    ),
    selectRows<{ name: string; geometry: LineString }>(db, sql`select name, geometry from roads where name is not null order by name, id`),
    getRoadNetwork(db),
  ]);
  const located = async (kind: PlaceKind, name: string, [lon, lat]: [number, number]): Promise<GazetteerEntry> => {
    const { wardCode } = await wards.locate(lon, lat);
    return { kind, name, lon, lat, wardName: wardCode ? await wards.nameOf(wardCode) : null };
  };
  const entries: GazetteerEntry[] = [
    ...places.map((row) => ({ kind: row.kind, name: row.name, lon: row.lon, lat: row.lat, wardName: row.ward_name })),
    ...(await Promise.all([...roadMidpoints(roads)].map(([name, point]) => located("road", name, point)))),
    ...(await Promise.all(findJunctions(graph).map((junction) => located("junction", junction.name, [junction.lon, junction.lat])))),
  ];
  return new Gazetteer(entries);
}

/** One point per road name: the vertex nearest the middle of all its pieces, so it lies on the road. */
function roadMidpoints(roads: { name: string; geometry: LineString }[]): Map<string, [number, number]> {
  const vertices = new Map<string, [number, number][]>();
  for (const road of roads) {
    const list = vertices.get(road.name) ?? [];
    list.push(...(road.geometry.coordinates as [number, number][]));
    vertices.set(road.name, list);
  }
  const midpoints = new Map<string, [number, number]>();
  for (const [name, points] of vertices) {
    const lon = points.reduce((sum, p) => sum + p[0], 0) / points.length;
    const lat = points.reduce((sum, p) => sum + p[1], 0) / points.length;
    const nearest = points.reduce((best, p) => (Math.hypot(p[0] - lon, p[1] - lat) < Math.hypot(best[0] - lon, best[1] - lat) ? p : best));
    midpoints.set(name, nearest);
  }
  return midpoints;
}
