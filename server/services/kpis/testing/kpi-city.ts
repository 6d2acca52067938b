/**
 * A tiny hand-checked city for the KPI tests: a few incidents, units, matatus, sensors with
 * rollup rows (no raw readings at all: the KPIs must not need them), requests and feeds, all
 * placed relative to one instant so every expected value can be worked out by hand.
 */
import { latLngToCell } from "h3-js";
import type { Database } from "@/db/client";
import { constituencies, feeds, incidents, pois, readings1h, readings1m, roads, sensors, units, vehicles, wards, workOrders } from "@/db/schema";
import type { SensorKind } from "@/lib/domain/sensors";
import { insertAgency } from "@/server/test/fixtures";

/** 15:30 in Nairobi: daytime, half way through the hour. */
export const NOW = new Date("2026-11-29T12:30:00Z");
const at = (iso: string) => new Date(`${iso}Z`);
const ago = (seconds: number) => new Date(NOW.getTime() - seconds * 1000);
const place = (lon = 36.82, lat = -1.29) => ({ lon, lat, h3: latLngToCell(lat, lon, 9) });
const square = { type: "Polygon" as const, coordinates: [[[36.8, -1.3], [36.84, -1.3], [36.84, -1.28], [36.8, -1.28], [36.8, -1.3]]] };

type Bucket = { sensorId: string; bucket: Date; count?: number; sum: number; last?: number };
const rollup = ({ sensorId, bucket, count = 1, sum, last }: Bucket) => ({ sensorId, bucket, count, sum, min: sum / count, max: sum / count, last: last ?? sum / count, lastAt: bucket });

export async function buildKpiCity(database: Database) {
  const { db } = database;
  for (const [id, kind] of [["city", "command"], ["police", "police"], ["ambulance", "ambulance"], ["transit", "transit"], ["environment", "environment"], ["water", "water"], ["roads", "roads"], ["power", "power"], ["lighting", "lighting"], ["waste", "waste"]] as const) {
    await insertAgency(database, id, kind);
  }
  await db.insert(constituencies).values({ code: "c1", name: "Starehe", geometry: square });
  await db.insert(wards).values([
    { code: "w1", name: "Nairobi Central", constituencyCode: "c1", geometry: square, ...place() },
    { code: "w2", name: "Kilimani", constituencyCode: "c1", geometry: square, ...place() },
  ]);

  const call = { agencyId: "police", type: "medical", title: "Call", ...place(), source: "call" } as const;
  await db.insert(incidents).values([
    // Today: dispatched in 45 s, on scene 8 min later.
    { ...call, priority: 1, status: "on_scene", reportedAt: at("2026-11-29T12:00:00"), dispatchedAt: at("2026-11-29T12:00:45"), onSceneAt: at("2026-11-29T12:08:45") },
    // Today: dispatched after 120 s, on scene 10 min later, cleared.
    { ...call, priority: 2, status: "cleared", reportedAt: at("2026-11-29T11:10:00"), dispatchedAt: at("2026-11-29T11:12:00"), onSceneAt: at("2026-11-29T11:22:00"), clearedAt: at("2026-11-29T11:50:00") },
    // Waiting 150 s with no unit: already late.
    { ...call, priority: 1, status: "new", reportedAt: ago(150) },
    // Waiting 30 s: not decided yet.
    { ...call, priority: 3, status: "new", reportedAt: ago(30) },
    // Yesterday, same hour: in time, closed within the hour.
    { ...call, priority: 1, status: "closed", reportedAt: at("2026-11-28T12:10:00"), dispatchedAt: at("2026-11-28T12:10:30"), onSceneAt: at("2026-11-28T12:16:30"), closedAt: at("2026-11-28T12:40:00") },
    // A historic record: not a call, long closed.
    { ...call, source: "history", sourceRef: "crash-1", priority: 1, status: "closed", reportedAt: at("2019-05-01T08:00:00"), closedAt: at("2019-05-01T09:00:00") },
  ]);

  await db.insert(pois).values({ id: "base/test", kind: "base", name: "Test base", ...place(), source: "test" });
  const unit = (id: string, agencyId: string, type: "police" | "ambulance", status: "available" | "out_of_service") =>
    ({ id, agencyId, callsign: id, type, status, ...place(), baseId: "base/test", baseLon: 36.82, baseLat: -1.29 }) as const;
  await db.insert(units).values([unit("POL-1", "police", "police", "available"), unit("POL-2", "police", "police", "out_of_service"), unit("AMB-1", "ambulance", "ambulance", "out_of_service")]);

  await db.insert(vehicles).values([
    { id: "KBA-1", agencyId: "transit", ...place(), delayS: 60, reportedAt: ago(30) },
    { id: "KBA-2", agencyId: "transit", ...place(), delayS: -400, reportedAt: ago(60) },
    { id: "KBA-3", agencyId: "transit", ...place(), delayS: 0, reportedAt: ago(200) },
  ]);

  const road = (id: string, name: string): typeof roads.$inferInsert => ({
    id,
    source: "osm_major",
    name,
    highway: "trunk",
    lengthM: 1000,
    geometry: { type: "LineString", coordinates: [[36.8, -1.3], [36.81, -1.31]] },
  });
  await db.insert(roads).values([road("r1", "Mombasa Road"), road("r2", "Outer Ring Road")]);

  const sensor = (id: string, kind: SensorKind, agencyId: string, extra: Partial<typeof sensors.$inferInsert> = {}) =>
    ({ id, kind, agencyId, name: id, ...place(), unit: "", cadenceS: 60, ...extra }) as typeof sensors.$inferInsert;
  await db.insert(sensors).values([
    sensor("speed-mombasa", "traffic_speed", "roads", { roadId: "r1", config: { speedLimitKph: 80 }, latestValue: 20, latestAt: ago(300) }),
    sensor("speed-ring", "traffic_speed", "roads", { roadId: "r2", config: { speedLimitKph: 50 }, latestValue: 5, latestAt: ago(60) }),
    sensor("aq-central", "air_quality", "environment", { wardCode: "w1", latestValue: 40, latestAt: ago(20) }),
    sensor("aq-kilimani", "air_quality", "environment", { wardCode: "w2", latestValue: 8, latestAt: ago(20) }),
    sensor("gauge-1", "water_level", "water", { name: "River gauge 01", config: { floodStagesM: { action: 1.5, minor: 2, moderate: 2.5, major: 3 } }, latestValue: 1.7, latestAt: ago(40) }),
    sensor("gauge-2", "water_level", "water", { name: "River gauge 02", config: { floodStagesM: { action: 1.5, minor: 2, moderate: 2.5, major: 3 } }, latestValue: 0.5, latestAt: ago(40) }),
    sensor("noise-loud", "noise", "environment", { latestValue: 61, latestAt: ago(30) }),
    sensor("noise-quiet", "noise", "environment", { latestValue: 49, latestAt: ago(30) }),
    sensor("substation-1", "substation_load", "power", { config: { capacityMva: 45 }, latestValue: 85, latestAt: ago(30) }),
    sensor("substation-2", "substation_load", "power", { config: { capacityMva: 90 }, latestValue: 40, latestAt: ago(30) }),
    sensor("lights-avenue", "streetlight_circuit", "lighting", { cadenceS: 300, config: { circuitLamps: 40 }, latestValue: 0.9, latestAt: ago(100) }),
    sensor("lights-lane", "streetlight_circuit", "lighting", { cadenceS: 300, config: { circuitLamps: 20 }, latestValue: 0, latestAt: ago(100) }),
    sensor("bin-1", "waste_bin_fill", "waste", { cadenceS: 600, latestValue: 85, latestAt: ago(100) }),
    sensor("bin-2", "waste_bin_fill", "waste", { cadenceS: 600, latestValue: 50, latestAt: ago(100) }),
  ]);

  await db.insert(readings1m).values(
    [
      { sensorId: "speed-mombasa", bucket: at("2026-11-29T12:10:00"), sum: 70 }, // before the quarter hour: left out
      { sensorId: "speed-mombasa", bucket: at("2026-11-29T12:20:00"), sum: 40 },
      { sensorId: "speed-mombasa", bucket: at("2026-11-29T12:25:00"), sum: 20 },
      { sensorId: "speed-ring", bucket: at("2026-11-29T12:25:00"), sum: 5 }, // not a main corridor
      { sensorId: "noise-loud", bucket: at("2026-11-29T12:00:00"), count: 2, sum: 120 },
      { sensorId: "noise-quiet", bucket: at("2026-11-29T12:00:00"), count: 2, sum: 100 },
    ].map(rollup),
  );
  await db.insert(readings1h).values(
    [
      { sensorId: "speed-mombasa", bucket: at("2026-11-29T12:00:00"), count: 2, sum: 60 },
      { sensorId: "speed-mombasa", bucket: at("2026-11-28T12:00:00"), sum: 70 },
      { sensorId: "aq-central", bucket: at("2026-11-29T12:00:00"), sum: 40 },
      { sensorId: "aq-central", bucket: at("2026-11-29T11:00:00"), sum: 20 },
      { sensorId: "aq-central", bucket: at("2026-11-28T12:00:00"), sum: 12 },
      { sensorId: "aq-kilimani", bucket: at("2026-11-29T12:00:00"), sum: 8 },
      { sensorId: "gauge-1", bucket: at("2026-11-29T12:00:00"), sum: 1.7 },
      { sensorId: "gauge-2", bucket: at("2026-11-29T12:00:00"), sum: 0.5 },
      { sensorId: "noise-loud", bucket: at("2026-11-29T12:00:00"), sum: 60 },
      { sensorId: "noise-loud", bucket: at("2026-11-28T21:00:00"), sum: 50 }, // 00:00 local: above the night limit
      { sensorId: "substation-1", bucket: at("2026-11-29T12:00:00"), count: 2, sum: 170, last: 85 },
      { sensorId: "lights-avenue", bucket: at("2026-11-29T12:00:00"), sum: 0.9 },
      { sensorId: "lights-lane", bucket: at("2026-11-29T12:00:00"), sum: 0 },
      { sensorId: "bin-1", bucket: at("2026-11-29T12:00:00"), sum: 85 },
      { sensorId: "bin-2", bucket: at("2026-11-29T12:00:00"), sum: 50 },
    ].map(rollup),
  );

  const request = { agencyId: "city", source: "open311", serviceCode: "potholes", serviceName: "Pothole" } as const;
  await db.insert(workOrders).values([
    { ...request, sourceRef: "r1", status: "open", requestedAt: ago(2 * 3600) },
    { ...request, sourceRef: "r2", status: "open", requestedAt: ago(6 * 3600), serviceCode: "lights", serviceName: "Street light out" },
    { ...request, sourceRef: "r3", status: "closed", requestedAt: ago(10 * 3600), sourceUpdatedAt: ago(9 * 3600) },
  ]);

  await db.insert(feeds).values([
    { id: "gtfs-rt", agencyId: "transit", type: "gtfs_rt", name: "Matatu positions", endpoint: "http://x", intervalS: 15, lastSuccessAt: ago(10) },
    { id: "cap", agencyId: "environment", type: "cap", name: "Weather warnings", endpoint: "http://x", intervalS: 60, lastSuccessAt: ago(600), lastErrorAt: ago(30), lastError: "HTTP 503" },
    { id: "off", agencyId: "city", type: "open311", name: "Retired feed", endpoint: "http://x", intervalS: 60, enabled: false },
  ]);
}
