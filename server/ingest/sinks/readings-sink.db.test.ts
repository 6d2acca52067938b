/**
 * The readings sink computes rollups in SQL from the rows its insert really added, through a plain
 * insert or, when a reading is already stored, ON CONFLICT. Whatever the path, the rollup tables
 * and latest values must equal what the raw rows say (testing/reading-rollups.ts, in TypeScript).
 */
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readings, readings1h, readings1m, sensors } from "@/db/schema";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@/db/test-database";
import { insertAgency } from "@/server/test/fixtures";
import type { EnvelopeOutcome, FeedRef, ReadingItem } from "../ingest-items";
import { IngestWriter } from "../ingest-writer";
import { createWardLocator } from "../places/ward-locator";
import { insertFeed, insertSensors } from "../testing/ingest-fixtures";
import { HOUR_MS, latestBySensor, MINUTE_MS, rollUp } from "../testing/reading-rollups";
import { databaseStore } from "../write-batch";
import { writeReadings } from "./readings-sink";

/** Half a minute before an hour ends: batches below cross a minute and an hour boundary. */
const T0 = Date.parse("2026-03-01T08:59:30Z");
const SENSORS = ["rs-1", "rs-2", "rs-3"];
const reading = (sensorId: string, offsetS: number, value: number): ReadingItem => ({
  kind: "reading",
  sensorId,
  at: new Date(T0 + offsetS * 1000),
  value,
  ownerAgencyId: "environment",
});

describe.each(testDatabaseKinds)("readings sink on %s", (kind) => {
  let test: TestDatabase;
  let feed: FeedRef;
  const writers: IngestWriter[] = [];
  const newWriter = () => {
    const writer = new IngestWriter(databaseStore(test.database.db));
    writers.push(writer);
    return writer;
  };
  /** One batch: envelopes submitted in the same turn of the event loop are committed together. */
  const submitTogether = (writer: IngestWriter, ...envelopes: ReadingItem[][]) =>
    Promise.all(envelopes.map((items) => writer.submit({ feed, items, rejections: [] })));
  const accepted = (outcomes: EnvelopeOutcome[]) => outcomes.reduce((sum, outcome) => sum + outcome.accepted, 0);

  beforeAll(async () => {
    test = await openTestDatabase(kind);
    await insertAgency(test.database, "environment", "environment");
    feed = await insertFeed(test.database, "readings-sink", "environment", "http_senml");
    await insertSensors(test.database, "environment", SENSORS);
  });
  afterAll(async () => {
    for (const writer of writers) await writer.stop();
    await test?.cleanup();
  });

  async function expectRollupsOfRawRows() {
    const { db } = test.database;
    const raw = (await db.select().from(readings)).map(({ sensorId, at, value }) => ({ sensorId, at, value }));
    const order = (a: { sensorId: string; bucket: Date }, b: { sensorId: string; bucket: Date }) =>
      a.sensorId.localeCompare(b.sensorId) || a.bucket.getTime() - b.bucket.getTime();
    const expected = (width: number) => rollUp(raw, width).sort(order);
    expect((await db.select().from(readings1m)).sort(order)).toEqual(expected(MINUTE_MS));
    expect((await db.select().from(readings1h)).sort(order)).toEqual(expected(HOUR_MS));
    const latest = new Map(latestBySensor(raw).map((r) => [r.sensorId, { latestValue: r.value, latestAt: r.at }]));
    const stored = await db.select({ id: sensors.id, latestValue: sensors.latestValue, latestAt: sensors.latestAt }).from(sensors);
    for (const { id, ...values } of stored) expect(values).toEqual(latest.get(id) ?? { latestValue: null, latestAt: null });
    return raw.length;
  }

  it("keeps rollups and latest values equal to the raw rows through replays, duplicates in a batch and late readings", async () => {
    const writer = newWriter();
    const first = [reading("rs-1", 0, 5), reading("rs-1", 20, -3), reading("rs-1", 40, 8), reading("rs-1", 65, 2), reading("rs-2", 10, 1), reading("rs-2", 35, 4)];
    expect(accepted(await submitTogether(writer, first))).toBe(6);
    expect(await expectRollupsOfRawRows()).toBe(6);

    // One batch: a replay of part of the first, new readings, and one reading twice. The plain
    // insert fails on the first duplicate; the whole batch is then stored with ON CONFLICT.
    const twice = reading("rs-3", 5, 7);
    const outcomes = await submitTogether(writer, first.slice(2), [reading("rs-1", 90, 6), twice], [twice, reading("rs-2", 70, 3)]);
    expect(accepted(outcomes)).toBe(8);
    expect(await expectRollupsOfRawRows()).toBe(9);

    // Late readings: into a bucket whose newest reading is newer (its `last` stays), into one
    // whose newest is older (its `last` moves, the sensor's latest value does not), and into
    // buckets of the hour before, empty so far.
    const late = [reading("rs-1", 10, 11), reading("rs-2", 25, 12), reading("rs-2", -3600, 9)];
    await submitTogether(writer, late);
    expect(await expectRollupsOfRawRows()).toBe(12);
    const minuteOf = async (sensorId: string) =>
      (await test.database.db.select().from(readings1m).where(and(eq(readings1m.sensorId, sensorId), eq(readings1m.bucket, new Date(T0 - 30_000)))))[0];
    expect(await minuteOf("rs-1")).toMatchObject({ count: 3, last: -3 });
    expect(await minuteOf("rs-2")).toMatchObject({ count: 2, last: 12 });

    // A replay of everything changes nothing.
    await submitTogether(writer, first, [reading("rs-1", 90, 6), twice, reading("rs-2", 70, 3)], late);
    expect(await expectRollupsOfRawRows()).toBe(12);
  });

  it("stores readings two writers commit at the same time once, with rollups of what each really added", async () => {
    const batch = SENSORS.flatMap((sensorId, s) => Array.from({ length: 600 }, (_, i) => reading(sensorId, 3600 + i, (i * 7 + s) % 50)));
    const [one, other] = [newWriter(), newWriter()];
    const outcomes = await Promise.all([submitTogether(one, batch.slice(0, 1200)), submitTogether(other, batch.slice(600)), submitTogether(one, batch)]);
    expect(outcomes.map(accepted)).toEqual([1200, 1200, 1800]);
    expect(await expectRollupsOfRawRows()).toBe(12 + 1800);
  });

  it("puts rollups on whole UTC minutes and hours whatever the session's time zone", async () => {
    const { db } = test.database;
    const entries = [reading("rs-3", 7200, 1), reading("rs-3", 7230, 2), reading("rs-3", 9030, 3)].map((item) => ({ item, feed }));
    await db.transaction(async (tx) => {
      // Kolkata is UTC+05:30: its local hours start at half past UTC ones.
      await tx.execute(sql`set local timezone = 'Asia/Kolkata'`);
      expect(await writeReadings({ tx, now: new Date(), wards: createWardLocator() }, entries)).toEqual([]);
    });
    await expectRollupsOfRawRows();
  });
});
