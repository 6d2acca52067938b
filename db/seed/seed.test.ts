import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import booleanPointInPolygon from "@turf/boolean-point-in-polygon";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { feeds } from "@/db/schema";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@/db/test-database";
import { LIVE_TOPICS } from "@/lib/domain/live";
import { SENSOR_KINDS } from "@/lib/domain/sensors";
import { UNIT_TYPES } from "@/lib/domain/units";
import { readGtfsSource } from "@/server/feeds/gtfs-static/read-gtfs-source";
import { feedHealth } from "@/server/services/kpis/feed-health";
import { DEFAULT_CITY_DIR, seedCity, type SeedReport } from "./seed";

async function rows<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows?: T[] } | T[];
  return Array.isArray(result) ? result : (result.rows ?? []);
}

/** Row counts of the seeded tables and max(seq) of every live table: what a re-run must not move. */
async function snapshot(db: Db, report: SeedReport) {
  const counts = await Promise.all(
    Object.keys(report.totals).map(async (table) => [table, (await rows<{ n: number }>(db, sql`select count(*)::int as n from ${sql.identifier(table)}`))[0]!.n]),
  );
  const maxSeq = await Promise.all(
    LIVE_TOPICS.map(async (table) => [table, (await rows<{ s: string | null }>(db, sql`select max(seq)::text as s from ${sql.identifier(table)}`))[0]!.s]),
  );
  return { counts: Object.fromEntries(counts), maxSeq: Object.fromEntries(maxSeq) };
}

describe.each(testDatabaseKinds)("Nairobi seed on %s", (kind) => {
  let test: TestDatabase;
  let db: Db;
  let first: SeedReport;

  beforeAll(async () => {
    test = await openTestDatabase(kind);
    db = test.database.db;
    first = await seedCity(db);
  });
  afterAll(() => test?.cleanup());

  it("loads the county's 17 constituencies and 84 wards, each label point inside its ward", async () => {
    expect(first.totals).toMatchObject({ constituencies: 17, wards: 84 });
    const wards = await rows<{ code: string; geometry: GeoJSON.Polygon; lon: number; lat: number }>(
      db,
      sql`select code, geometry, lon, lat from wards`,
    );
    const outside = wards.filter((w) => !booleanPointInPolygon([w.lon, w.lat], w.geometry)).map((w) => w.code);
    expect(outside).toEqual([]);
  });

  it("imports the whole matatu GTFS feed through the parser", () => {
    // routes.txt has 118 rows (117 with trips) and stops.txt 2,470: the README's 117 / 2,471 count lines.
    expect(first.totals).toMatchObject({
      transit_routes: 118,
      transit_stops: 2470,
      transit_trips: 236,
      transit_stop_times: 2382,
      transit_shapes: 20_609,
    });
  });

  it("loads the road network and the rivers", () => {
    // 1,007 major roads + 3,442 CBD edges less 1,285 reversed twins of two-way streets.
    expect(first.totals).toMatchObject({ roads: 1007 + 3442 - 1285, waterways: 10 });
  });

  it("loads the crash history inside the county as closed police incidents", async () => {
    const [history] = await rows<{ n: number; not_closed: number; no_ward: number; wrong_close: number; first: string }>(
      db,
      sql`select count(*)::int as n,
            count(*) filter (where status <> 'closed')::int as not_closed,
            count(*) filter (where ward_code is null)::int as no_ward,
            count(*) filter (where closed_at <> reported_at + interval '1 hour' or cleared_at <> closed_at)::int as wrong_close,
            min(reported_at)::text as first
          from incidents where source = 'history' and agency_id = 'police' and type = 'road_collision'`,
    );
    // 31,064 reports: 27,298 in the county's bounding box (the README's "about 27,000"), 23,522 in its wards.
    expect(history).toMatchObject({ n: 23_522, not_closed: 0, no_ward: 0, wrong_close: 0 });
    expect(new Date(history!.first).toISOString()).toBe("2012-08-08T05:35:00.000Z");
  });

  it("stations every kind of unit at an existing base, ambulances at hospitals", async () => {
    const units = await rows<{ id: string; type: string; base_kind: string | null; at_base: boolean }>(
      db,
      sql`select u.id, u.type, p.kind as base_kind, (u.lon = p.lon and u.lat = p.lat and u.status = 'available') as at_base
          from units u left join pois p on p.id = u.base_id`,
    );
    expect(new Set(units.map((u) => u.type))).toEqual(new Set(UNIT_TYPES));
    expect(units.filter((u) => !u.at_base)).toEqual([]);
    expect(units.filter((u) => u.type === "ambulance").every((u) => u.base_kind === "hospital")).toBe(true);
    expect(units.filter((u) => u.type !== "ambulance").every((u) => u.base_kind === "base")).toBe(true);
    expect(units.find((u) => u.id === "AMB-01")).toBeDefined();
  });

  it("places sensors of every kind inside the county, traffic sensors on their corridor", async () => {
    const sensors = await rows<{ kind: string; n: number; no_ward: number; no_road: number }>(
      db,
      sql`select kind, count(*)::int as n, count(*) filter (where ward_code is null)::int as no_ward,
            count(*) filter (where road_id is null)::int as no_road
          from sensors group by kind`,
    );
    const byKind = Object.fromEntries(sensors.map((s) => [s.kind, s]));
    expect(Object.keys(byKind).sort()).toEqual([...SENSOR_KINDS].sort());
    expect(byKind.air_quality?.n).toBe(84);
    expect(sensors.every((s) => s.no_ward === 0)).toBe(true);
    expect(byKind.traffic_speed).toMatchObject({ n: 10, no_road: 0 });
    expect(byKind.traffic_count).toMatchObject({ n: 10, no_road: 0 });
    const [gauge] = await rows<{ config: { floodStagesM: Record<string, number> } }>(db, sql`select config from sensors where kind = 'water_level' limit 1`);
    const { action, minor, moderate, major } = gauge!.config.floodStagesM;
    expect(action! < minor! && minor! < moderate! && moderate! < major!).toBe(true);
  });

  it("registers the feeds the product runs", async () => {
    const registered = await rows<{ id: string }>(db, sql`select id from feeds order by id`);
    expect(registered.map((f) => f.id)).toEqual(["city-open311", "kmd-cap", "matatu-gtfs", "matatu-gtfs-rt", "matatu-gtfs-rt-trips", "sensors-http", "sensors-mqtt"]);
  });

  it("records the GTFS source it imported on the matatu-gtfs feed, which starts healthy", async () => {
    const [gtfs] = await db.select().from(feeds).where(eq(feeds.id, "matatu-gtfs"));
    expect(gtfs).toMatchObject({ endpoint: `file:${DEFAULT_CITY_DIR}/gtfs`, version: (await readGtfsSource(join(DEFAULT_CITY_DIR, "gtfs"))).version });
    expect(feedHealth(gtfs!, new Date())).toBe("healthy");
  });

  it("changes nothing when run again: same counts, same max seq", async () => {
    const before = await snapshot(db, first);
    const again = await seedCity(db);
    expect(again.steps.flatMap((step) => Object.values(step.inserted)).every((n) => n === 0)).toBe(true);
    expect(await snapshot(db, first)).toEqual(before);
  });
});

describe("a city folder with a broken step", () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openTestDatabase("pglite");
  });
  afterAll(() => test?.cleanup());

  it("keeps the steps before it and leaves nothing of the broken step", async () => {
    // Another folder of the same shape: Nairobi's data, but an ambulance hospital that does not exist.
    const source = resolve(DEFAULT_CITY_DIR);
    const dir = mkdtempSync(join(tmpdir(), "city-"));
    for (const part of ["geo", "gtfs", "history"]) symlinkSync(join(source, part), join(dir, part));
    const config = JSON.parse(readFileSync(join(source, "city.json"), "utf8"));
    config.ambulanceHospitals.push({ name: "No Such Hospital", units: 1 });
    writeFileSync(join(dir, "city.json"), JSON.stringify(config));

    const db = test.database.db;
    await expect(seedCity(db, { dataDir: dir })).rejects.toThrow('ambulance hospital "No Such Hospital"');
    rmSync(dir, { recursive: true });
    const [counts] = await rows<{ pois: number; units: number }>(
      db,
      sql`select (select count(*)::int from pois) as pois, (select count(*)::int from units) as units`,
    );
    expect(counts!.pois).toBeGreaterThan(4000);
    expect(counts!.units).toBe(0);
  });
});
