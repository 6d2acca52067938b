import { latLngToCell } from "h3-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readings, sensors } from "@/db/schema";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@/db/test-database";
import { parseSenml } from "@/server/feeds/senml/parse-senml";
import { readingsFromNames } from "@/server/ingest/decode/senml-readings";
import { insertCityBasics, insertFeed } from "@/server/ingest/testing/ingest-fixtures";
import { issueDutyToken } from "@/server/runtime/duty-token";
import { listFeeds } from "@/server/services/feeds/list-feeds";
import { fakeSensor, servePushEndpoints, stubPushEndpoint } from "../testing";
import { startHttpSensorPublisher } from "./http-sensor-publisher";

/** Ten river gauges of the water utility; at 60x their 60 s cadence is one second. */
const gauges = Array.from({ length: 10 }, (_, i) => fakeSensor("water_level", { id: `water-level-0${i}`, agencyId: "water" }));
const SPEED = 60;

describe("startHttpSensorPublisher against an HTTP server", () => {
  let endpoint: Awaited<ReturnType<typeof stubPushEndpoint>>;

  beforeAll(async () => {
    endpoint = await stubPushEndpoint("/api/ingest/senml", 202);
  });
  afterAll(() => endpoint?.close());

  const start = (log: (message: string) => void = () => {}) =>
    startHttpSensorPublisher({ url: endpoint.url, authorization: "Bearer cdt_gauges", sensors: gauges, speed: SPEED, read: (sensor) => 1.234 + gauges.indexOf(sensor), log });

  it("posts its readings in SenML packs of several, with the token, that our parser and the push endpoint's decoder accept", async () => {
    const { requests } = endpoint;
    requests.length = 0;
    const publisher = start();
    try {
      // Every gauge twice: the 60 s cadence really is one second now.
      await expect.poll(() => requests.length, { timeout: 5_000 }).toBeGreaterThanOrEqual(4);
    } finally {
      await publisher.stop();
    }
    const packs = requests.map((request) => {
      expect(request).toMatchObject({ authorization: "Bearer cdt_gauges", contentType: "application/senml+json" });
      const pack = parseSenml(request.body, { now: new Date() });
      expect(pack.rejections).toEqual([]);
      const decoded = readingsFromNames(pack.records, "water", false);
      expect(decoded.rejections).toEqual([]);
      return { records: pack.records, decoded: decoded.records };
    });
    // Batches, not a request a reading: ten gauges at one second each, ticks every half second.
    expect(Math.max(...packs.map((pack) => pack.records.length))).toBeGreaterThan(1);
    expect(packs.reduce((sum, pack) => sum + pack.records.length, 0)).toBe(publisher.counts().published);
    expect(publisher.counts().dropped).toBe(0);
    for (const { records, decoded } of packs) {
      expect(new Set(decoded.map((reading) => reading.sensorId)).size).toBe(records.length);
      for (const [index, record] of records.entries()) {
        const gauge = gauges.find((candidate) => candidate.id === decoded[index]!.sensorId)!;
        expect(record).toMatchObject({ name: `urn:dev:water:${gauge.id}:level`, unit: "m", value: Math.round((1.234 + gauges.indexOf(gauge)) * 100) / 100, updateTime: 2 });
        expect(decoded[index]).toMatchObject({ ownerAgencyId: "water", at: record.time });
        expect(Math.abs(record.time.getTime() - Date.now())).toBeLessThan(15_000);
      }
    }
  });

  it("drops readings and backs off while the endpoint answers 503, saying so once per outage", async () => {
    const { requests, answers, url } = endpoint;
    requests.length = 0;
    answers.push(503, 503);
    const logs: string[] = [];
    const publisher = start((message) => logs.push(message));
    try {
      await expect.poll(() => publisher.counts().published, { timeout: 8_000 }).toBeGreaterThan(0);
    } finally {
      await publisher.stop();
    }
    const [first, second, third] = requests.map((request) => request.at);
    // Without backoff a request would go out at every half-second tick; instead 1 s, then 2 s.
    expect(second! - first!).toBeGreaterThanOrEqual(950);
    expect(third! - second!).toBeGreaterThanOrEqual(1_950);
    const failed = requests.slice(0, 2).reduce((sum, request) => sum + (JSON.parse(request.body) as unknown[]).length, 0);
    // The two refused packs, and the readings that fell due while backing off, without a request.
    expect(publisher.counts().dropped).toBeGreaterThan(failed);
    expect(logs).toEqual([
      `SenML push endpoint ${url} answered 503: {"error":"stubbed 503"}; readings are dropped until it is back`,
      `SenML push endpoint ${url} reachable again`,
    ]);
  });
});

describe.each(testDatabaseKinds)("river gauges posting to CityDeck's SenML endpoint on %s", (kind) => {
  let test: TestDatabase;
  let app: Awaited<ReturnType<typeof servePushEndpoints>>;
  const sensorsHttp = async () => (await listFeeds(test.database.db, "all")).find((feed) => feed.id === "sensors-http")!;

  beforeAll(async () => {
    test = await openTestDatabase(kind);
    await insertCityBasics(test.database);
    await insertFeed(test.database, "sensors-http", "city", "http_senml", "/api/ingest/senml");
    await test.database.db.insert(sensors).values(
      gauges.map(({ id, agencyId, kind, name, unit, cadenceS, position: [lon, lat] }) => ({ id, agencyId, kind, name, unit, cadenceS, lon, lat, h3: latLngToCell(lat, lon, 9) })),
    );
    app = await servePushEndpoints(test.database);
  });
  afterAll(async () => {
    await app?.close();
    await test?.cleanup();
  });

  it("land in the database with the water utility's token, counted on the shared sensors-http feed, which turns healthy", async () => {
    expect((await sensorsHttp()).health.state).toBe("stale");
    const token = await issueDutyToken(test.database.db, "water", "Simulator data loggers", ["ingest:senml"]);
    const publisher = startHttpSensorPublisher({ url: `${app.appUrl}/api/ingest/senml`, authorization: `Bearer ${token}`, sensors: gauges, speed: SPEED, read: () => 1.5, log: () => {} });
    const reported = async () => new Set((await test.database.db.select({ sensorId: readings.sensorId }).from(readings)).map((row) => row.sensorId)).size;
    try {
      await expect.poll(reported, { timeout: 10_000 }).toBe(gauges.length);
    } finally {
      await publisher.stop();
    }
    const rows = await test.database.db.select().from(readings);
    expect(rows.every((row) => row.value === 1.5)).toBe(true);
    expect(publisher.counts().published).toBe(rows.length);
    const feed = await sensorsHttp();
    expect(feed).toMatchObject({ messagesTotal: rows.length, rejectsTotal: 0, health: { state: "healthy" } });
  });
});
