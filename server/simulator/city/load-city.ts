/**
 * Reads the seeded city the simulator animates. The simulator READS the database (and the
 * city folder's replay series) but never writes it: what it produces reaches CityDeck only
 * through the feeds.
 */
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  constituencies,
  incidents,
  roads,
  sensors,
  transitRoutes,
  transitShapes,
  transitStops,
  transitStopTimes,
  transitTrips,
  wards,
  type SensorConfig,
} from "@/db/schema";
import { CityConfig, utcOffsetMinutes } from "@/db/seed/city-config";
import type { SensorKind } from "@/lib/domain/sensors";
import { LocalTime } from "../local-time";
import type { LonLat } from "../geo/polyline";
import { WardAreas } from "./ward-areas";

export interface SimSensor {
  id: string;
  agencyId: string;
  kind: SensorKind;
  name: string;
  position: LonLat;
  wardCode: string | null;
  road: { name: string | null; highway: string; lanes: number | null; source: string } | null;
  unit: string;
  cadenceS: number;
  config: SensorConfig;
}

export interface SimRoad {
  id: string;
  name: string;
  highway: string;
  line: LonLat[];
  lengthM: number;
}

export interface CrashRecord {
  position: LonLat;
  reportedAt: Date;
  priority: number;
}

export interface TransitRows {
  routes: { id: string; shortName: string | null; longName: string | null }[];
  trips: { id: string; routeId: string; headsign: string | null; directionId: number | null; shapeId: string | null }[];
  stopTimes: { tripId: string; stopSequence: number; stopId: string; arrivalS: number; departureS: number }[];
  stops: { id: string; name: string; position: LonLat }[];
  shapes: Map<string, LonLat[]>;
}

export interface SimCity {
  name: string;
  localTime: LocalTime;
  wards: WardAreas;
  sensors: SimSensor[];
  /** Named roads (major roads and CBD streets): potholes and pile-ups happen on them. */
  roads: SimRoad[];
  /** Past road crashes: where and when collisions happen in this city. */
  crashes: CrashRecord[];
  transit: TransitRows;
  /** The city folder: the replay series (env/) live there. */
  dir: string;
}

export async function loadSimCity(db: Db, cityDir: string): Promise<SimCity> {
  // The folder is chosen at run time; keep it out of build tracing as the seed does.
  const dir = resolve(/*turbopackIgnore: true*/ process.cwd(), cityDir);
  const config = CityConfig.parse(JSON.parse(await readFile(join(dir, "city.json"), "utf8")));
  const [wardAreas, sensorList, roadList, crashes, transit] = await Promise.all([
    loadWards(db),
    loadSensors(db),
    loadRoads(db),
    loadCrashes(db),
    loadTransit(db),
  ]);
  if (transit.trips.length === 0) throw new Error("the city has no transit trips: seed it first");
  return {
    name: config.name,
    localTime: new LocalTime(utcOffsetMinutes(config.utcOffset)),
    wards: wardAreas,
    sensors: sensorList,
    roads: roadList,
    crashes,
    transit,
    dir,
  };
}

async function loadWards(db: Db): Promise<WardAreas> {
  const rows = await db
    .select({ code: wards.code, name: wards.name, constituencyName: constituencies.name, geometry: wards.geometry, lon: wards.lon, lat: wards.lat })
    .from(wards)
    .innerJoin(constituencies, eq(constituencies.code, wards.constituencyCode))
    .orderBy(asc(wards.code));
  return new WardAreas(rows.map(({ lon, lat, ...ward }) => ({ ...ward, center: [lon, lat] })));
}

async function loadSensors(db: Db): Promise<SimSensor[]> {
  const rows = await db
    .select({
      id: sensors.id,
      agencyId: sensors.agencyId,
      kind: sensors.kind,
      name: sensors.name,
      lon: sensors.lon,
      lat: sensors.lat,
      wardCode: sensors.wardCode,
      unit: sensors.unit,
      cadenceS: sensors.cadenceS,
      config: sensors.config,
      roadName: roads.name,
      roadHighway: roads.highway,
      roadLanes: roads.lanes,
      roadSource: roads.source,
    })
    .from(sensors)
    .leftJoin(roads, eq(roads.id, sensors.roadId))
    .orderBy(asc(sensors.id));
  return rows.map(({ lon, lat, roadName, roadHighway, roadLanes, roadSource, ...sensor }) => ({
    ...sensor,
    position: [lon, lat],
    road: roadHighway && roadSource ? { name: roadName, highway: roadHighway, lanes: roadLanes, source: roadSource } : null,
  }));
}

async function loadRoads(db: Db): Promise<SimRoad[]> {
  const rows = await db
    .select({ id: roads.id, name: roads.name, highway: roads.highway, geometry: roads.geometry, lengthM: roads.lengthM })
    .from(roads)
    .orderBy(asc(roads.id));
  return rows.flatMap(({ name, geometry, ...road }) => (name ? [{ ...road, name, line: geometry.coordinates as LonLat[] }] : []));
}

async function loadCrashes(db: Db): Promise<CrashRecord[]> {
  const rows = await db
    .select({ lon: incidents.lon, lat: incidents.lat, reportedAt: incidents.reportedAt, priority: incidents.priority })
    .from(incidents)
    .where(eq(incidents.source, "history"))
    .orderBy(asc(incidents.reportedAt), asc(incidents.id));
  return rows.map(({ lon, lat, ...crash }) => ({ ...crash, position: [lon, lat] }));
}

async function loadTransit(db: Db): Promise<TransitRows> {
  const [routes, trips, stopTimes, stops, shapePoints] = await Promise.all([
    db.select({ id: transitRoutes.id, shortName: transitRoutes.shortName, longName: transitRoutes.longName }).from(transitRoutes).orderBy(asc(transitRoutes.id)),
    db
      .select({ id: transitTrips.id, routeId: transitTrips.routeId, headsign: transitTrips.headsign, directionId: transitTrips.directionId, shapeId: transitTrips.shapeId })
      .from(transitTrips)
      .orderBy(asc(transitTrips.id)),
    db
      .select({
        tripId: transitStopTimes.tripId,
        stopSequence: transitStopTimes.stopSequence,
        stopId: transitStopTimes.stopId,
        arrivalS: transitStopTimes.arrivalS,
        departureS: transitStopTimes.departureS,
      })
      .from(transitStopTimes)
      .orderBy(asc(transitStopTimes.tripId), asc(transitStopTimes.stopSequence)),
    db.select({ id: transitStops.id, name: transitStops.name, lon: transitStops.lon, lat: transitStops.lat }).from(transitStops).orderBy(asc(transitStops.id)),
    db
      .select({ shapeId: transitShapes.shapeId, lon: transitShapes.lon, lat: transitShapes.lat })
      .from(transitShapes)
      .orderBy(asc(transitShapes.shapeId), asc(transitShapes.sequence)),
  ]);
  const shapes = new Map<string, LonLat[]>();
  for (const { shapeId, lon, lat } of shapePoints) {
    const line = shapes.get(shapeId) ?? [];
    line.push([lon, lat]);
    shapes.set(shapeId, line);
  }
  return { routes, trips, stopTimes, stops: stops.map(({ lon, lat, ...stop }) => ({ ...stop, position: [lon, lat] })), shapes };
}
