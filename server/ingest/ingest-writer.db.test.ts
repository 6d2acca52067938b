import { asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { selectRows } from "@/db/client";
import { alerts, feedMinutes, feedRejects, feeds, incidentEvents, incidents, readings, readings1h, readings1m, sensors, vehicles, workOrders } from "@/db/schema";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@/db/test-database";
import type { CapAlert } from "@/server/feeds/cap/cap-types";
import type { Envelope, FeedRef, IngestItem, ReadingItem } from "./ingest-items";
import { feedHealth } from "@/server/services/kpis/feed-health";
import { IngestWriter } from "./ingest-writer";
import { CBD, insertCityBasics, insertFeed, insertSensors } from "./testing/ingest-fixtures";
import { databaseStore } from "./write-batch";

const T0 = Date.parse("2026-03-01T08:00:00Z");
const reading = (sensorId: string, offsetS: number, value: number, ownerAgencyId: string | null = "environment"): ReadingItem => ({
  kind: "reading",
  sensorId,
  at: new Date(T0 + offsetS * 1000),
  value,
  ownerAgencyId,
});

describe.each(testDatabaseKinds)("ingest writer on %s", (kind) => {
  let test: TestDatabase;
  let writer: IngestWriter;
  let sensorFeed: FeedRef;
  const submit = (feed: FeedRef | null, ...items: IngestItem[]) => writer.submit({ feed, items, rejections: [] });

  beforeAll(async () => {
    test = await openTestDatabase(kind);
    await insertCityBasics(test.database);
    sensorFeed = await insertFeed(test.database, "sensors-http", "city", "http_senml");
    await insertSensors(test.database, "environment", ["aq-1", "aq-2"]);
    writer = new IngestWriter(databaseStore(test.database.db));
  });
  afterAll(async () => {
    await writer?.stop();
    await test?.cleanup();
  });

  const rollupOf = async (table: typeof readings1m | typeof readings1h, sensorId: string) =>
    test.database.db.select().from(table).where(eq(table.sensorId, sensorId)).orderBy(asc(table.bucket));

  it("stores readings with their minute and hour rollups and the sensor's latest value; a replay changes nothing", async () => {
    const batch = [reading("aq-1", 10, 5), reading("aq-1", 70, 9), reading("aq-1", 20, 7)];
    expect(await submit(sensorFeed, ...batch)).toEqual({ accepted: 3, rejected: 0, reasons: [] });
    expect(await submit(sensorFeed, ...batch)).toEqual({ accepted: 3, rejected: 0, reasons: [] });
    const minutes = await rollupOf(readings1m, "aq-1");
    expect(minutes.map(({ count, sum, min, max, last }) => ({ count, sum, min, max, last }))).toEqual([
      { count: 2, sum: 12, min: 5, max: 7, last: 7 },
      { count: 1, sum: 9, min: 9, max: 9, last: 9 },
    ]);
    expect(await rollupOf(readings1h, "aq-1")).toMatchObject([{ count: 3, sum: 21, min: 5, max: 9, last: 9 }]);
    const [sensor] = await test.database.db.select().from(sensors).where(eq(sensors.id, "aq-1"));
    expect(sensor).toMatchObject({ latestValue: 9, latestAt: new Date(T0 + 70_000) });
  });

  it("merges later batches into existing buckets; a late reading updates counts but neither `last` nor the latest value", async () => {
    await submit(sensorFeed, reading("aq-1", 30, 1));
    await submit(sensorFeed, reading("aq-1", 75, 11));
    await submit(sensorFeed, reading("aq-1", 5, 100));
    expect(await rollupOf(readings1m, "aq-1")).toMatchObject([
      { count: 4, sum: 113, min: 1, max: 100, last: 1 },
      { count: 2, sum: 20, min: 9, max: 11, last: 11 },
    ]);
    expect(await rollupOf(readings1h, "aq-1")).toMatchObject([{ count: 6, sum: 133, last: 11 }]);
    const [sensor] = await test.database.db.select().from(sensors).where(eq(sensors.id, "aq-1"));
    expect(sensor).toMatchObject({ latestValue: 11, latestAt: new Date(T0 + 75_000) });
  });

  it("dead-letters unknown sensors and sensors of another agency, counts them, and keeps the good readings", async () => {
    const before = (await test.database.db.select().from(feeds).where(eq(feeds.id, "sensors-http")))[0]!;
    const outcome = await submit(sensorFeed, reading("aq-2", 0, 4), reading("nope-9", 0, 1), reading("aq-2", 1, 2, "water"));
    expect(outcome).toEqual({
      accepted: 1,
      rejected: 2,
      reasons: ["unknown sensor nope-9", "sensor aq-2 belongs to agency environment, not water"],
    });
    const after = (await test.database.db.select().from(feeds).where(eq(feeds.id, "sensors-http")))[0]!;
    expect(after.messagesTotal - before.messagesTotal).toBe(3);
    expect(after.rejectsTotal - before.rejectsTotal).toBe(2);
    expect(after).toMatchObject({ lastError: "sensor aq-2 belongs to agency environment, not water" });
    expect(after.lastSuccessAt!.getTime()).toBe(after.lastErrorAt!.getTime());
    const letters = await test.database.db.select().from(feedRejects).where(eq(feedRejects.feedId, "sensors-http"));
    expect(letters.map((l) => l.reason)).toContain("unknown sensor nope-9");
    expect(letters.find((l) => l.reason === "unknown sensor nope-9")!.excerpt).toContain('"sensorId":"nope-9"');
    const [minute] = await test.database.db.select().from(feedMinutes).where(eq(feedMinutes.feedId, "sensors-http"));
    expect(minute!.messages).toBeGreaterThanOrEqual(3);
    expect(minute!.rejects).toBeGreaterThanOrEqual(2);
  });

  it("isolates a message the database refuses: it is dead-lettered, the rest of its batch lands", async () => {
    const transit = await insertFeed(test.database, "bad-rt", "transit", "gtfs_rt");
    const offTheMap = { entityId: "e9", vehicleId: "KBX-9", label: null, tripId: null, routeId: null, lon: 500, lat: 0, bearing: null, speed: null, timestamp: new Date(T0), stale: false };
    const envelopes: Envelope[] = [
      { feed: sensorFeed, items: [reading("aq-2", 100, 1)], rejections: [] },
      { feed: transit, items: [{ kind: "vehicle", position: offTheMap }], rejections: [] },
      { feed: sensorFeed, items: [reading("aq-2", 102, 3), reading("aq-2", 103, Infinity)], rejections: [{ reason: "record is not a JSON object", excerpt: "42" }] },
    ];
    const outcomes = await Promise.all(envelopes.map((envelope) => writer.submit(envelope)));
    expect(outcomes[1]).toEqual({ accepted: 0, rejected: 1, reasons: ["the database refused it: violates vehicles_lonlat_check"] });
    expect(outcomes[2]).toEqual({ accepted: 1, rejected: 2, reasons: ["record is not a JSON object", "reading Infinity of aq-2 is not a finite number"] });
    const stored = await test.database.db.select().from(readings).where(eq(readings.sensorId, "aq-2"));
    expect(stored.map((r) => r.value).sort()).toEqual([1, 3, 4]);
    const [feed] = await test.database.db.select().from(feeds).where(eq(feeds.id, "bad-rt"));
    expect(feed).toMatchObject({ messagesTotal: 1, rejectsTotal: 1, lastError: "the database refused it: violates vehicles_lonlat_check" });
  });

  it("a poll whose every item is refused leaves its feed failing; a poll that finds nothing new is a success", async () => {
    const feed = await insertFeed(test.database, "refused-rt", "transit", "gtfs_rt");
    const offTheMap = { entityId: "e8", vehicleId: "KBX-8", label: null, tripId: null, routeId: null, lon: 500, lat: 0, bearing: null, speed: null, timestamp: new Date(T0), stale: false };
    const healthOf = async () => {
      const [row] = await test.database.db.select().from(feeds).where(eq(feeds.id, feed.id));
      return feedHealth(row!, new Date());
    };
    await writer.submit({ feed, items: [{ kind: "vehicle", position: offTheMap }], rejections: [], poll: { ok: true } });
    expect(await healthOf()).toBe("failing");
    await writer.submit({ feed, items: [], rejections: [], poll: { ok: true } });
    expect(await healthOf()).toBe("healthy");
  });

  it("moves vehicles forward only, owned by their feed's agency", async () => {
    const feed = await insertFeed(test.database, "matatu-rt", "transit", "gtfs_rt");
    const position = (at: number, lon: number) => ({
      kind: "vehicle" as const,
      position: { entityId: "e1", vehicleId: "KBX-1", label: null, tripId: "t1", routeId: "r1", lon, lat: CBD.lat, bearing: 90, speed: 10, timestamp: new Date(T0 + at * 1000), stale: false },
    });
    await submit(feed, position(10, 36.81), position(20, 36.82));
    await submit(feed, position(15, 36.7));
    const [vehicle] = await test.database.db.select().from(vehicles).where(eq(vehicles.id, "KBX-1"));
    expect(vehicle).toMatchObject({ agencyId: "transit", lon: 36.82, reportedAt: new Date(T0 + 20_000) });
    const other = await insertFeed(test.database, "other-rt", "police", "gtfs_rt");
    expect((await submit(other, position(30, 36.9))).reasons).toEqual(["vehicle KBX-1 belongs to agency transit"]);
  });

  it("opens CAP alerts; an Update supersedes the alert it references and a Cancel resolves it", async () => {
    const feed = await insertFeed(test.database, "kmd", "environment", "cap");
    const capAlert = (identifier: string, msgType: CapAlert["msgType"], references: string[] = []): IngestItem => ({
      kind: "capAlert",
      alert: {
        identifier,
        sender: "kmd@meteo.go.ke",
        sent: new Date(T0),
        status: "Actual",
        msgType,
        scope: "Public",
        references: references.map((ref) => ({ sender: "kmd@meteo.go.ke", identifier: ref, sent: new Date(T0) })),
        info: [
          {
            language: "en-KE", category: ["Met"], event: "Heavy Rainfall", responseType: [], urgency: "Expected", severity: msgType === "Update" ? "Extreme" : "Severe",
            certainty: "Likely", onset: null, expires: null, senderName: null, headline: `Rain ${identifier}`, description: null, instruction: null,
            areas: [{ areaDesc: "CBD", polygons: [], circles: [{ center: [CBD.lon, CBD.lat], radiusKm: 2 }], geocodes: [] }],
          },
        ],
      },
    });
    await submit(feed, capAlert("w1", "Alert"));
    await submit(feed, capAlert("w1", "Alert"), capAlert("w2", "Update", ["w1"]));
    const rows = await test.database.db.select().from(alerts).where(eq(alerts.source, "cap")).orderBy(asc(alerts.sourceRef));
    expect(rows.map((r) => [r.sourceRef, r.status, r.severity, r.title])).toEqual([
      ["kmd@meteo.go.ke,w1", "resolved", "severe", "Rain w1"],
      ["kmd@meteo.go.ke,w2", "open", "extreme", "Rain w2"],
    ]);
    expect(rows[1]!.area).toMatchObject({ type: "Polygon" });
    await submit(feed, capAlert("w3", "Cancel", ["w2"]));
    const [w2] = await test.database.db.select().from(alerts).where(eq(alerts.sourceRef, "kmd@meteo.go.ke,w2"));
    expect(w2).toMatchObject({ status: "resolved", version: 2 });
  });

  it("keeps one work order per Open311 request, updated only by newer reports", async () => {
    const feed = await insertFeed(test.database, "open311", "city", "open311");
    const request = (status: "open" | "closed", updatedS: number): IngestItem => ({
      kind: "workOrder",
      request: {
        serviceRequestId: "SR-1", status, statusNotes: null, serviceName: "Pothole", serviceCode: "pothole", description: "Deep", agencyResponsible: null,
        requestedAt: new Date(T0), updatedAt: new Date(T0 + updatedS * 1000), expectedAt: null, address: "Moi Ave", lat: CBD.lat, lon: CBD.lon, mediaUrl: null,
      },
    });
    await submit(feed, request("open", 10));
    await submit(feed, request("closed", 30), request("open", 20));
    await submit(feed, request("open", 25));
    const rows = await test.database.db.select().from(workOrders);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ agencyId: "city", status: "closed", wardCode: "cbd", sourceUpdatedAt: new Date(T0 + 30_000) });
  });

  it("opens one incident per call, routed by type, located in its ward, with a call_received event", async () => {
    const call = (callId: string, type: "fire" | "medical" | "flooding"): IngestItem => ({
      kind: "call",
      actor: "token:simulator",
      call: { callId, receivedAt: new Date(T0), type, priority: 1, ...CBD, address: null, callerName: "Wanjiku", callerPhone: null, description: null, source: "simulator" },
    });
    expect(await submit(null, call("C-1", "fire"), call("C-2", "medical"), call("C-3", "flooding"))).toMatchObject({ accepted: 3 });
    await submit(null, call("C-1", "fire"));
    const rows = await test.database.db.select().from(incidents).orderBy(asc(incidents.sourceRef));
    expect(rows.map((r) => [r.sourceRef, r.agencyId, r.status, r.wardCode, r.title, r.synthetic])).toEqual([
      ["C-1", "fire", "new", "cbd", "Fire · Nairobi Central", true],
      ["C-2", "ambulance", "new", "cbd", "Medical · Nairobi Central", true],
      ["C-3", "fire", "new", "cbd", "Flooding · Nairobi Central", true],
    ]);
    const events = await test.database.db.select().from(incidentEvents);
    expect(events).toHaveLength(3);
    expect(events[0]).toMatchObject({ kind: "call_received", actor: "token:simulator" });
  });

  it("commits a whole batch or nothing", async () => {
    const count = async () => (await selectRows<{ n: number }>(test.database.db, sql`select count(*)::int as n from readings`))[0]!.n;
    const before = await count();
    await expect(
      test.database.db.transaction(async (tx) => {
        await tx.execute(sql`insert into readings (sensor_id, at, value) values ('aq-1', now(), 1)`);
        await tx.execute(sql`insert into readings (sensor_id, at, value) values ('aq-1', now(), 'NaN')`);
      }),
    ).rejects.toThrow();
    expect(await count()).toBe(before);
  });
});
