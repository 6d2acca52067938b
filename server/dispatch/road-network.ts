/**
 * The city's road network for routing, built once per database from the seeded roads, CBD
 * streets and matatu shapes at first use (about a second), then kept in memory: the seed
 * changes only when the process restarts.
 */
import { sql } from "drizzle-orm";
import type { LineString } from "geojson";
import { selectRows, type Db } from "@/db/client";
import { cachedPerDatabase } from "./cached-per-database";
import { buildRoadGraph, type GraphLine, type RoadGraph } from "./road-graph";
import { MATATU_SHAPE_SPEED_KPH, roadSpeedKph } from "./road-speeds";
import { Router } from "./router";

export interface RoadNetwork {
  graph: RoadGraph;
  router: Router;
}

export const getRoadNetwork = cachedPerDatabase(loadRoadNetwork, (network) => network.graph.nodeCount === 0);

async function loadRoadNetwork(db: Db): Promise<RoadNetwork> {
  const [roads, shapePoints] = await Promise.all([
    selectRows<{ name: string | null; highway: string; maxspeed_kph: number | null; oneway: boolean; geometry: LineString }>(
      db,
      sql`select name, highway, maxspeed_kph, oneway, geometry from roads order by id`,
    ),
    selectRows<{ shape_id: string; lon: number; lat: number }>(db, sql`select shape_id, lon, lat from transit_shapes order by shape_id, sequence`),
  ]);
  const lines: GraphLine[] = roads.flatMap((road) => {
    const speedKph = roadSpeedKph(road.highway, road.maxspeed_kph);
    return speedKph ? [{ coordinates: road.geometry.coordinates as [number, number][], speedKph, oneway: road.oneway, name: road.name }] : [];
  });
  // Matatus ride streets both ways; their shapes add the suburbs the major-road extract lacks.
  for (const shape of groupShapes(shapePoints)) lines.push({ coordinates: shape, speedKph: MATATU_SHAPE_SPEED_KPH, oneway: false, name: null });
  const graph = buildRoadGraph(lines);
  return { graph, router: new Router(graph) };
}

function groupShapes(points: { shape_id: string; lon: number; lat: number }[]): [number, number][][] {
  const shapes = new Map<string, [number, number][]>();
  for (const { shape_id, lon, lat } of points) {
    const shape = shapes.get(shape_id);
    if (shape) shape.push([lon, lat]);
    else shapes.set(shape_id, [[lon, lat]]);
  }
  return [...shapes.values()];
}
