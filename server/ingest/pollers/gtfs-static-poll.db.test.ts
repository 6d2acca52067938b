/**
 * The GTFS static poller against real GTFS bytes: the seeded Nairobi folder, slices of it in a
 * folder and a zip on disk, the zip over HTTP, and broken sources. What is checked is what an
 * operator sees: the feed's health and error, its version, and the transit tables.
 */
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { asc, count, eq, sql } from "drizzle-orm";
import { strToU8, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { feedRejects, feeds, transitRoutes, transitShapes, transitStops, transitStopTimes, transitTrips } from "@/db/schema";
import { readCityData } from "@/db/seed/city-data";
import { loadFeeds, MATATU_GTFS } from "@/db/seed/load-feeds";
import { loadGtfs } from "@/db/seed/load-gtfs";
import { DEFAULT_CITY_DIR } from "@/db/seed/seed";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@/db/test-database";
import type { GtfsFiles } from "@/server/feeds/gtfs-static/gtfs-types";
import { readGtfsSource } from "@/server/feeds/gtfs-static/read-gtfs-source";
import { nairobiSample } from "@/server/feeds/gtfs-static/testing/nairobi-sample";
import { feedHealth } from "@/server/services/kpis/feed-health";
import type { FeedRef } from "../ingest-items";
import { IngestWriter } from "../ingest-writer";
import { insertCityBasics, insertFeed } from "../testing/ingest-fixtures";
import { databaseStore } from "../write-batch";
import { pollOnce } from "./feed-poll";
import { gtfsStaticPoll } from "./gtfs-static-poll";

const SEEDED: FeedRef = MATATU_GTFS;
/** Route 23 (Kangemi), in the sample; route 58 (Buruburu) is only in the whole feed. */
const KANGEMI = "80000002311";
const BURUBURU = "40601005811";

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const zipOf = (files: GtfsFiles) => zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])));

describe.each(testDatabaseKinds)("GTFS static poller on %s", (kind) => {
  let test: TestDatabase;
  let writer: IngestWriter;
  const dir = mkdtempSync(join(tmpdir(), "gtfs-poll-"));

  beforeAll(async () => {
    test = await openTestDatabase(kind);
    await insertCityBasics(test.database);
    // What `npm start` seeds: the Nairobi network, and its feed at the version imported.
    const city = await readCityData(resolve(DEFAULT_CITY_DIR));
    await test.database.db.transaction((tx) => loadFeeds.run(tx, city, () => {}));
    await test.database.db.transaction((tx) => loadGtfs.run(tx, city, () => {}));
    writer = new IngestWriter(databaseStore(test.database.db));
  });
  afterAll(async () => {
    await writer?.stop();
    await test?.cleanup();
    rmSync(dir, { recursive: true });
  });

  const db = () => test.database.db;
  const feedRow = async (id: string) => (await db().select().from(feeds).where(eq(feeds.id, id)))[0]!;
  const health = async (id: string) => feedHealth(await feedRow(id), new Date());
  const poll = (feed: FeedRef, url: string) => pollOnce(feed, gtfsStaticPoll(feed, url, db()), writer);
  const routeName = async (id: string) => (await db().select({ name: transitRoutes.longName }).from(transitRoutes).where(eq(transitRoutes.id, id)))[0]?.name;
  const transitCounts = async () => {
    const tables = { routes: transitRoutes, stops: transitStops, trips: transitTrips, stopTimes: transitStopTimes };
    return Object.fromEntries(await Promise.all(Object.entries(tables).map(async ([name, table]) => [name, (await db().select({ n: count() }).from(table))[0]!.n])));
  };
  /** A folder holding `files`, and its file: URL. */
  const folder = (name: string, files: GtfsFiles) => {
    const path = join(dir, name);
    mkdirSync(path, { recursive: true });
    for (const [file, text] of Object.entries(files)) writeFileSync(join(path, file), text);
    return pathToFileURL(path).toString();
  };

  it("starts the seeded feed healthy, and confirms it on each poll without importing it again", async () => {
    const seeded = await feedRow(SEEDED.id);
    expect(seeded.version).toBe((await readGtfsSource(join(DEFAULT_CITY_DIR, "gtfs"))).version);
    expect(await health(SEEDED.id)).toBe("healthy");
    // An import would put the feed's name back: it must stay as edited.
    await db().update(transitRoutes).set({ longName: "Edited by hand" }).where(eq(transitRoutes.id, BURUBURU));
    const before = await transitCounts();

    await poll(SEEDED, pathToFileURL(resolve(DEFAULT_CITY_DIR, "gtfs")).toString());
    const after = await feedRow(SEEDED.id);
    expect(after.lastSuccessAt!.getTime()).toBeGreaterThan(seeded.lastSuccessAt!.getTime());
    expect(after).toMatchObject({ version: seeded.version, messagesTotal: 0, lastError: null });
    expect(await health(SEEDED.id)).toBe("healthy");
    expect(await routeName(BURUBURU)).toBe("Edited by hand");
    expect(await transitCounts()).toEqual(before);
  });

  it("imports a changed source in place: a renamed route lands, its version is stored, rejected rows are dead-lettered", async () => {
    const feed = await insertFeed(test.database, "sample-gtfs", "transit", "gtfs_static");
    const files = nairobiSample();
    files["stops.txt"] += "ZERO,,Null Island,D,0,0,,,,\r\n";
    const url = folder("sample", files);

    await poll(feed, url);
    const imported = await transitCounts();
    expect(await feedRow(feed.id)).toMatchObject({ version: (await readGtfsSource(join(dir, "sample"))).version, lastError: "stops.txt:10 stop at 0,0 (no real position)" });
    expect(await health(feed.id)).toBe("healthy");
    const letters = await db().select().from(feedRejects).where(eq(feedRejects.feedId, feed.id));
    expect(letters.map((l) => [l.reason, l.excerpt])).toEqual([["stops.txt:10 stop at 0,0 (no real position)", "ZERO,,Null Island,D,0,0,,,,"]]);
    expect((await db().select().from(transitStops).where(eq(transitStops.id, "ZERO"))).length).toBe(0);

    writeFileSync(join(dir, "sample", "routes.txt"), files["routes.txt"]!.replace(",23,Kangemi,", ",23,Kangemi via Waiyaki Way,"));
    const renamed = (await readGtfsSource(join(dir, "sample"))).version;
    await poll(feed, url);
    expect(await routeName(KANGEMI)).toBe("Kangemi via Waiyaki Way");
    expect((await feedRow(feed.id)).version).toBe(renamed);
    // Same ids, updated rows: nothing duplicated, nothing lost.
    expect(await transitCounts()).toEqual(imported);
    expect((await db().select().from(transitTrips).where(eq(transitTrips.routeId, KANGEMI))).length).toBe(2);
  });

  it("keeps the first 1,000 rejected rows of an import as dead letters and says how many more there were", async () => {
    const feed = await insertFeed(test.database, "sloppy-gtfs", "transit", "gtfs_static");
    const files = nairobiSample();
    files["stops.txt"] += Array.from({ length: 1_002 }, (_, i) => `OFF-${i},,Off the map,D,-91,36.8,,,,\r\n`).join("");
    await poll(feed, folder("sloppy", files));
    const letters = await db().select().from(feedRejects).where(eq(feedRejects.feedId, feed.id)).orderBy(asc(feedRejects.id));
    expect(letters).toHaveLength(1_001);
    expect(letters[0]).toMatchObject({ reason: "stops.txt:10 stop_lat must be between -90 and 90, got -91", excerpt: "OFF-0,,Off the map,D,-91,36.8,,,," });
    expect(await feedRow(feed.id)).toMatchObject({ lastError: "2 more rows rejected; only the first 1000 are kept", rejectsTotal: 1_001 });
    expect((await feedRow(feed.id)).version).not.toBeNull();
  });

  it("imports a zip over HTTP, then asks with If-None-Match and records the unchanged feed's success", async () => {
    const files = nairobiSample();
    files["routes.txt"] = files["routes.txt"]!.replace(",100,Kiambu,", ",100,Kiambu Road,");
    const zip = zipOf(files);
    let notModified = 0;
    const server = createServer((request, response) => {
      if (request.headers["if-none-match"] === '"v1"') {
        notModified++;
        response.writeHead(304).end();
        return;
      }
      response.writeHead(200, { "content-type": "application/zip", etag: '"v1"' }).end(zip);
    });
    await new Promise<void>((ready) => server.listen(0, "127.0.0.1", ready));
    try {
      const feed = await insertFeed(test.database, "http-gtfs", "transit", "gtfs_static");
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/gtfs.zip`;
      const step = gtfsStaticPoll(feed, url, db());
      await pollOnce(feed, step, writer);
      const imported = await feedRow(feed.id);
      expect(imported).toMatchObject({ version: sha256(zip), messagesTotal: 1, lastError: null });
      expect(await routeName("20100010011")).toBe("Kiambu Road");

      await pollOnce(feed, step, writer);
      expect(notModified).toBe(1);
      const confirmed = await feedRow(feed.id);
      expect(confirmed.messagesTotal).toBe(1);
      expect(confirmed.lastSuccessAt!.getTime()).toBeGreaterThan(imported.lastSuccessAt!.getTime());
    } finally {
      await new Promise((closed) => server.close(closed));
    }
  });

  it("fails on a source that cannot be read, or holds no network, and writes nothing", async () => {
    const before = await transitCounts();
    const missing = await insertFeed(test.database, "missing-gtfs", "transit", "gtfs_static");
    await expect(poll(missing, pathToFileURL(join(dir, "no-such-feed.zip")).toString())).rejects.toThrow(/could not be read/);
    expect((await feedRow(missing.id)).lastError).toMatch(/^GTFS source .*no-such-feed\.zip could not be read: ENOENT/);
    expect(await health(missing.id)).toBe("failing");

    const garbage = await insertFeed(test.database, "garbage-gtfs", "transit", "gtfs_static");
    await expect(poll(garbage, folder("garbage", { "stops.txt": "\u0000\u0001,,,\n\"", "routes.txt": "<html>Not found</html>" }))).rejects.toThrow(/holds no network/);
    expect((await feedRow(garbage.id)).lastError).toMatch(/holds no network \(no usable stop times\): .*trips\.txt:0 required file missing/);
    expect(await health(garbage.id)).toBe("failing");

    for (const id of [missing.id, garbage.id]) {
      expect(await feedRow(id)).toMatchObject({ version: null, messagesTotal: 0 });
      expect(await db().select().from(feedRejects).where(eq(feedRejects.feedId, id))).toEqual([]);
    }
    expect(await transitCounts()).toEqual(before);
  });

  it("fails on a corrupted zip without crashing, and recovers once the source is fixed", async () => {
    const feed = await insertFeed(test.database, "zip-gtfs", "transit", "gtfs_static");
    const path = join(dir, "feed.zip");
    const url = pathToFileURL(path).toString();
    const zip = zipOf(nairobiSample());
    writeFileSync(path, zip.subarray(0, Math.floor(zip.length / 2)));

    await expect(poll(feed, url)).rejects.toThrow(/not a readable GTFS zip/);
    expect(await health(feed.id)).toBe("failing");
    expect((await feedRow(feed.id)).version).toBeNull();

    writeFileSync(path, zip);
    await poll(feed, url);
    expect(await health(feed.id)).toBe("healthy");
    expect((await feedRow(feed.id)).version).toBe(sha256(readFileSync(path)));
  });

  it("leaves no half network when the database refuses part of it", async () => {
    // A refusal on the last table written (shapes), after routes, stops, trips and stop times.
    await db().execute(sql`alter table transit_shapes add constraint test_refused_shape check (shape_id <> 'REFUSED')`);
    try {
      const feed = await insertFeed(test.database, "half-gtfs", "transit", "gtfs_static");
      const files = nairobiSample();
      files["routes.txt"] += "R-HALF,UON,99,Half,,3,,,\r\n";
      files["trips.txt"] += "R-HALF,DAILY,T-HALF,Half,0,,REFUSED\r\n";
      files["stop_times.txt"] += "T-HALF,7:00:00,7:00:00,0811ODE,1,,,\r\n";
      files["shapes.txt"] += "REFUSED,-1.29,36.82,1,\r\n";
      await poll(feed, folder("half", files));
      expect(await feedRow(feed.id)).toMatchObject({ version: null, lastError: "the database refused it: violates test_refused_shape" });
      expect(await routeName("R-HALF")).toBeUndefined();
      expect(await db().select().from(transitStopTimes).where(eq(transitStopTimes.tripId, "T-HALF"))).toEqual([]);
    } finally {
      await db().execute(sql`alter table transit_shapes drop constraint test_refused_shape`);
    }
  });

  it("removes on re-import what the source no longer lists, and keeps what other feeds still use", async () => {
    const feed = await insertFeed(test.database, "pruned-gtfs", "transit", "gtfs_static");
    const csv = (header: string, rows: string[]) => [header, ...rows].join("\n") + "\n";
    const odeon = readFileSync(join(DEFAULT_CITY_DIR, "gtfs", "stops.txt"), "utf8").split("\r\n").filter((line) => /^(0811ODE|0004ODN),/.test(line));
    const network = (version: { routes: string[]; trips: string[]; stopTimes: string[]; shapes: string[]; stops: string[] }): GtfsFiles => ({
      "routes.txt": csv("route_id,route_short_name,route_long_name,route_type", version.routes),
      "stops.txt": csv("stop_id,stop_code,stop_name,stop_desc,stop_lat,stop_lon,zone_id,stop_url,location_type,parent_station", version.stops),
      "trips.txt": csv("route_id,service_id,trip_id,shape_id", version.trips),
      "stop_times.txt": csv("trip_id,arrival_time,departure_time,stop_id,stop_sequence", version.stopTimes),
      "shapes.txt": csv("shape_id,shape_pt_lat,shape_pt_lon,shape_pt_sequence", version.shapes),
    });
    const station = ["PS-STATION,,Prune Station,,-1.280,36.820,,,1,", "PS-A,,Prune A,,-1.281,36.821,,,0,PS-STATION"];
    const pointsOf = (shape: string, count: number) => Array.from({ length: count }, (_, i) => `${shape},-1.28${i},36.82${i},${i + 1}`);
    const before = network({
      routes: ["P1,P1,Prune One,3", "P2,P2,Prune Two,3"],
      stops: [...station, "PS-B,,Prune B,,-1.282,36.822,,,0,", "PS-C,,Prune C,,-1.283,36.823,,,0,", ...odeon],
      trips: ["P1,DAILY,PT1,PSH1", "P1,DAILY,PT2,PSH2", "P2,DAILY,PT3,PSH1"],
      stopTimes: ["PT1,7:00:00,7:00:00,PS-A,1", "PT1,7:05:00,7:05:00,PS-B,2", "PT1,7:10:00,7:10:00,PS-C,3", "PT2,8:00:00,8:00:00,PS-A,1", "PT2,8:05:00,8:05:00,0811ODE,2", "PT3,9:00:00,9:00:00,PS-C,1", "PT3,9:05:00,9:05:00,PS-A,2"],
      shapes: [...pointsOf("PSH1", 3), ...pointsOf("PSH2", 2)],
    });
    // Route P2 and trip PT2 are cancelled, PT1 skips PS-B and its shape is a point shorter.
    const after = network({
      routes: ["P1,P1,Prune One,3"],
      stops: [...station, "PS-C,,Prune C,,-1.283,36.823,,,0,"],
      trips: ["P1,DAILY,PT1,PSH1"],
      stopTimes: ["PT1,7:00:00,7:00:00,PS-A,1", "PT1,7:10:00,7:10:00,PS-C,2"],
      shapes: pointsOf("PSH1", 2),
    });
    const seededOdeonTrips = async () => (await db().select({ n: count() }).from(transitStopTimes).where(eq(transitStopTimes.stopId, "0811ODE")))[0]!.n;
    const odeonCalls = await seededOdeonTrips();

    await poll(feed, folder("pruned-before", before));
    expect(await seededOdeonTrips()).toBe(odeonCalls + 1);
    await poll(feed, folder("pruned-after", after));

    expect(await feedRow(feed.id)).toMatchObject({ lastError: null, messagesTotal: 2 });
    expect(await db().select({ id: transitRoutes.id }).from(transitRoutes).where(eq(transitRoutes.feedId, feed.id))).toEqual([{ id: "P1" }]);
    expect(await db().select({ id: transitTrips.id }).from(transitTrips).where(sql`${transitTrips.routeId} in ('P1', 'P2')`)).toEqual([{ id: "PT1" }]);
    const calls = await db().select({ trip: transitStopTimes.tripId, sequence: transitStopTimes.stopSequence, stop: transitStopTimes.stopId }).from(transitStopTimes)
      .where(sql`${transitStopTimes.tripId} like 'PT%'`).orderBy(asc(transitStopTimes.tripId), asc(transitStopTimes.stopSequence));
    expect(calls).toEqual([{ trip: "PT1", sequence: 1, stop: "PS-A" }, { trip: "PT1", sequence: 2, stop: "PS-C" }]);
    const shapePoints = await db().select({ shape: transitShapes.shapeId, sequence: transitShapes.sequence }).from(transitShapes)
      .where(sql`${transitShapes.shapeId} like 'PSH%'`).orderBy(asc(transitShapes.shapeId), asc(transitShapes.sequence));
    expect(shapePoints).toEqual([{ shape: "PSH1", sequence: 1 }, { shape: "PSH1", sequence: 2 }]);
    // PS-B is gone; Odeon and its station stay, as the seeded matatu network still calls there.
    const stops = await db().select({ id: transitStops.id }).from(transitStops).where(sql`${transitStops.id} in ('PS-STATION', 'PS-A', 'PS-B', 'PS-C', '0811ODE', '0004ODN')`).orderBy(asc(transitStops.id));
    expect(stops.map((stop) => stop.id)).toEqual(["0004ODN", "0811ODE", "PS-A", "PS-C", "PS-STATION"]);
    expect(await seededOdeonTrips()).toBe(odeonCalls);
  });

  it("refuses a network whose routes belong to another agency", async () => {
    const feed = await insertFeed(test.database, "police-gtfs", "police", "gtfs_static");
    const files = nairobiSample();
    files["routes.txt"] = files["routes.txt"]!.replace(",23,Kangemi,", ",23,Taken over,");
    const before = await routeName(KANGEMI);
    await poll(feed, folder("other-agency", files));
    expect(await feedRow(feed.id)).toMatchObject({ version: null, lastError: "route 20100010011 belongs to agency transit" });
    expect(await routeName(KANGEMI)).toBe(before);
  });
});
