import { sql } from "drizzle-orm";
import { latLngToCell } from "h3-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@/db/test-database";
import { insertAssignedUnit } from "@/server/test/dispatch-fixtures";
import { callerFor, insertAgency, insertUser } from "@/server/test/fixtures";
import { sensorHistory } from "./sensor-history";

type Caller = Awaited<ReturnType<typeof callerFor>>;

const KAREN = { lon: 36.71, lat: -1.32 };
const CBD = { lon: 36.82, lat: -1.285 };
const cell = ({ lon, lat }: { lon: number; lat: number }) => latLngToCell(lat, lon, 9);
/** A jsonb literal (postgres-js takes JSON parameters as text). */
const square = (lon: number, lat: number) =>
  sql`${JSON.stringify({
    type: "Polygon",
    coordinates: [[[lon - 0.02, lat - 0.02], [lon + 0.02, lat - 0.02], [lon + 0.02, lat + 0.02], [lon - 0.02, lat + 0.02], [lon - 0.02, lat - 0.02]]],
  })}::jsonb`;

/** Two wards, and in them a little of everything the map reads, owned by police or environment. */
async function insertCity({ db }: Database) {
  await db.execute(sql`insert into constituencies (code, name, geometry) values ('C1', 'Langata', ${square(36.75, -1.3)})`);
  for (const [code, at] of [["W-KAREN", KAREN], ["W-CBD", CBD]] as const) {
    await db.execute(sql`insert into wards (code, name, constituency_code, geometry, lon, lat, h3) values (${code}, ${code}, 'C1', ${square(at.lon, at.lat)}, ${at.lon}, ${at.lat}, ${cell(at)})`);
  }
  const incident = (status: string, reportedAt: string, at = CBD, ward = "W-CBD") =>
    db.execute(sql`insert into incidents (agency_id, type, priority, status, title, lon, lat, h3, ward_code, source, reported_at)
      values ('police', 'crime', 2, ${status}, 'Theft', ${at.lon}, ${at.lat}, ${cell(at)}, ${ward}, 'call', ${reportedAt}::timestamptz)`);
  await incident("new", "2026-03-01T11:30:00Z");
  await incident("closed", "2026-03-01T02:00:00Z");
  await incident("closed", "2015-06-01T08:00:00Z", KAREN, "W-KAREN");

  const sensor = (id: string, kind: string, ward: string, value: number | null) =>
    db.execute(sql`insert into sensors (id, agency_id, kind, name, lon, lat, h3, ward_code, unit, cadence_s, latest_value)
      values (${id}, 'environment', ${kind}, ${id}, ${CBD.lon}, ${CBD.lat}, ${cell(CBD)}, ${ward}, 'x', 60, ${value})`);
  await sensor("aq-cbd-1", "air_quality", "W-CBD", 41.2);
  await sensor("aq-cbd-2", "air_quality", "W-CBD", 12);
  await sensor("light-1", "streetlight_circuit", "W-KAREN", 0.1);
  await sensor("light-2", "streetlight_circuit", "W-KAREN", 1);
  for (const [minute, sum, count] of [[50, 60, 2], [55, 30, 1]] as const) {
    await db.execute(sql`insert into readings_1m (sensor_id, bucket, count, sum, min, max, last, last_at)
      values ('aq-cbd-1', ${`2026-03-01T11:${minute}:00Z`}::timestamptz, ${count}, ${sum}, 10, 40, 30, ${`2026-03-01T11:${minute}:00Z`}::timestamptz)`);
  }
  await db.execute(sql`insert into readings_1m (sensor_id, bucket, count, sum, min, max, last, last_at) values ('aq-cbd-1', '2026-03-01T09:00:00Z'::timestamptz, 1, 5, 5, 5, 5, '2026-03-01T09:00:00Z'::timestamptz)`);
  await db.execute(sql`insert into alerts (agency_id, severity, title, subject_kind, subject_id, source, area)
    values ('environment', 'severe', 'Heavy rain', 'cap', 'kmd-1', 'cap', ${square(36.8, -1.3)}),
           ('environment', 'minor', 'PM2.5 high', 'sensor', 'aq-cbd-1', 'threshold', null)`);
  await db.execute(sql`insert into work_orders (agency_id, source, source_ref, service_code, status, lon, lat, ward_code, requested_at)
    values ('police', 'open311', 'r1', 'pothole', 'open', ${CBD.lon}, ${CBD.lat}, 'W-CBD', now()),
           ('police', 'open311', 'r2', 'pothole', 'closed', ${CBD.lon}, ${CBD.lat}, 'W-CBD', now()),
           ('police', 'open311', 'r3', 'streetlight', 'open', null, null, 'W-KAREN', now())`);
}

describe.each(testDatabaseKinds)("map procedures on %s", (kind) => {
  let test: TestDatabase;
  let city: Caller;
  let police: Caller;

  beforeAll(async () => {
    test = await openTestDatabase(kind);
    for (const [id, agencyKind] of [["city", "command"], ["police", "police"], ["environment", "environment"]] as const) {
      await insertAgency(test.database, id, agencyKind);
    }
    await insertCity(test.database);
    city = await callerFor(test.database, { userId: (await insertUser(test.database, "city", "viewer")).id });
    police = await callerFor(test.database, { userId: (await insertUser(test.database, "police", "viewer")).id });
  });
  afterAll(() => test?.cleanup());

  it("counts incidents per H3 cell over all history, as closed hexagons", async () => {
    const { cells, total } = await city.map.incidentDensity({ window: "all" });
    expect(total).toBe(3);
    expect(cells.map((c) => c.count).sort()).toEqual([1, 2]);
    const ring = cells[0]!.polygon;
    expect(ring.length).toBeGreaterThanOrEqual(7);
    expect(ring[0]).toEqual(ring.at(-1));
    // [lon, lat] order: Nairobi is at about 36.8 E, 1.3 S.
    expect(ring[0]![0]).toBeGreaterThan(36);
  });

  it("shades wards by each metric within the caller's scope", async () => {
    expect(await city.map.wardMetrics({ metric: "openIncidents" })).toEqual([{ wardCode: "W-CBD", value: 1 }]);
    expect(await city.map.wardMetrics({ metric: "worstAqi" })).toEqual([{ wardCode: "W-CBD", value: 41.2 }]);
    expect(await city.map.wardMetrics({ metric: "lightsOut" })).toEqual([{ wardCode: "W-KAREN", value: 1 }]);
    expect(await city.map.wardMetrics({ metric: "requestsBacklog" })).toEqual(expect.arrayContaining([{ wardCode: "W-CBD", value: 1 }, { wardCode: "W-KAREN", value: 1 }]));
    // Police do not see environment's sensors.
    expect(await police.map.wardMetrics({ metric: "worstAqi" })).toEqual([]);
  });

  it("reads a sensor's history from the rollups, and nothing of a sensor outside the scope", async () => {
    expect(await city.map.sensorHistory({ sensorId: "aq-cbd-1", range: "24h" })).toEqual([]); // no hourly rollups were written
    const lastHour = await sensorHistory(test.database.db, "all", { sensorId: "aq-cbd-1", range: "1h" }, new Date("2026-03-01T12:00:00Z"));
    expect(lastHour.map((p) => p.mean)).toEqual([30, 30]);
    expect(lastHour[0]!.at.toISOString()).toBe("2026-03-01T11:50:00.000Z");
    expect(await sensorHistory(test.database.db, ["police"], { sensorId: "aq-cbd-1", range: "1h" }, new Date("2026-03-01T12:00:00Z"))).toEqual([]);
  });

  it("lists a sensor's alerts, only open alert areas, open located requests and their scopes", async () => {
    expect((await city.map.sensorAlerts({ sensorId: "aq-cbd-1" })).map((a) => a.title)).toEqual(["PM2.5 high"]);
    expect((await city.map.alertAreas()).map((a) => a.title)).toEqual(["Heavy rain"]);
    expect(await police.map.alertAreas()).toEqual([]);
    expect((await police.map.workOrders()).map((w) => w.serviceCode)).toEqual(["pothole"]);
  });

  it("routes each travelling unit to its incident along the road graph, and nothing it cannot place on a road", async () => {
    const { unit, incident } = await insertAssignedUnit(test.database.db, "police");
    expect(await city.map.unitRoutes()).toEqual([]); // no roads in this city yet
    const road = { type: "LineString", coordinates: [[unit.lon, unit.lat], [36.823, -1.284], [incident.lon, incident.lat]] };
    await test.database.db.execute(sql`insert into roads (id, source, name, highway, length_m, geometry)
      values ('test-road', 'osm_major', 'Test Road', 'primary', 600, ${JSON.stringify(road)}::jsonb)`);
    const [route] = await city.map.unitRoutes();
    expect(route?.unitId).toBe(unit.id);
    expect(route!.path[0]).toEqual([unit.lon, unit.lat]);
    expect(route!.path.at(-1)).toEqual([incident.lon, incident.lat]);
    expect(route!.path.length).toBeGreaterThan(2);
    // The environment agency sees neither police units nor their incidents.
    const environment = await callerFor(test.database, { userId: (await insertUser(test.database, "environment", "viewer")).id });
    expect(await environment.map.unitRoutes()).toEqual([]);
  });
});
