/**
 * End to end over a real broker (Mosquitto at TEST_MQTT_URL): SenML published at QoS 1 lands in
 * the database exactly once, through crashes. Topics and client ids are unique per run, so runs
 * sharing the broker never see each other's messages.
 */
import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import mqtt, { type MqttClient } from "mqtt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, selectRows, type Database } from "@/db/client";
import { feedRejects, feeds, sensors } from "@/db/schema";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@/db/test-database";
import { encodeSenml } from "@/server/feeds/senml/encode-senml";
import { currentSeq, pullChanges } from "@/server/live/pull-changes";
import { insertAgency } from "@/server/test/fixtures";
import { startIngestion, type Ingestion } from "./ingestion";
import { insertFeed, insertSensors } from "./testing/ingest-fixtures";
import { waitUntil } from "./testing/wait-until";

const mqttUrl = process.env.TEST_MQTT_URL;
// An hour ago, at the start of its minute: readings a second apart then share their minute and
// hour buckets whenever the test runs (at xx:59:59.5 they used to straddle both).
const T0 = Math.floor((Date.now() - 3_600_000) / 60_000) * 60_000;

describe.runIf(mqttUrl).each(testDatabaseKinds)("ingestion from MQTT on %s", (kind) => {
  const run = randomBytes(4).toString("hex");
  const agency = `env-${run}`;
  const clientId = `citydeck-test-${run}-${kind}`;
  let test: TestDatabase;
  let publisher: MqttClient;
  let ingestion: Ingestion | null = null;

  const start = (database: Database = test.database) =>
    startIngestion({ database, mqttUrl: mqttUrl!, appUrl: "http://127.0.0.1:9", log: () => {} }, { clientId, registryRefreshMs: 60_000 });
  const publish = (sensorId: string, value: number, atMs: number) =>
    publisher.publishAsync(`citydeck/${agency}/${sensorId}`, encodeSenml([{ name: `urn:dev:${agency}:${sensorId}:pm25`, value, time: new Date(atMs) }]), { qos: 1 });
  const count = async (query: ReturnType<typeof sql>) => Number((await selectRows<{ n: number }>(test.database.db, query))[0]!.n);
  const readingsOf = (sensorId: string) => count(sql`select count(*) as n from readings where sensor_id = ${sensorId}`);
  const rollupCountOf = (sensorId: string) => count(sql`select coalesce(sum(count), 0) as n from readings_1m where sensor_id = ${sensorId}`);
  const feedRow = async () => (await test.database.db.select().from(feeds).where(eq(feeds.id, `mqtt-${run}`)))[0]!;

  beforeAll(async () => {
    test = await openTestDatabase(kind);
    await insertAgency(test.database, agency, "environment");
    await insertFeed(test.database, `mqtt-${run}`, agency, "mqtt_senml", `citydeck/${agency}/+`);
    await insertSensors(test.database, agency, [`warm-${run}`, `live-${run}`, `crash-${run}`, `stall-${run}`, `mixed-${run}`]);
    publisher = await mqtt.connectAsync(mqttUrl!, { clientId: `${clientId}-publisher` });
    ingestion = await start();
    // A new session receives only what is published after its subscription is in place.
    await waitUntil("the subscription is in place", async () => {
      await publish(`warm-${run}`, 0, Date.now());
      return (await readingsOf(`warm-${run}`)) > 0;
    });
  });
  afterAll(async () => {
    await ingestion?.stop();
    await publisher?.endAsync();
    await test?.cleanup();
  });

  it("stores a published reading, its rollups and the sensor's latest value, and the live stream sees the sensor change", async () => {
    const sensorId = `live-${run}`;
    const since = await currentSeq(test.database.db);
    await publish(sensorId, 41.5, T0);
    await publish(sensorId, 12, T0 + 1_000);
    await waitUntil("both readings are stored", async () => (await readingsOf(sensorId)) === 2);
    await waitUntil("the sensor has its latest value", async () => (await test.database.db.select().from(sensors).where(eq(sensors.id, sensorId)))[0]!.latestValue === 12);
    expect(await selectRows(test.database.db, sql`select count, sum, min, max, last from readings_1m where sensor_id = ${sensorId}`)).toEqual([
      { count: 2, sum: 53.5, min: 12, max: 41.5, last: 12 },
    ]);
    const { changes } = await pullChanges(test.database.db, { sensors: [agency], feeds: [agency] }, since);
    expect(changes.some((change) => change.topic === "sensors" && change.row.id === sensorId && change.row.latestValue === 12)).toBe(true);
    expect(changes.some((change) => change.topic === "feeds" && change.row.id === `mqtt-${run}`)).toBe(true);
  });

  it("loses nothing and duplicates nothing when ingestion crashes mid-stream and restarts", async () => {
    const sensorId = `crash-${run}`;
    const total = 400;
    const publishing = (async () => {
      for (let i = 0; i < total; i++) await publish(sensorId, i, T0 + i * 100);
    })();
    await waitUntil("ingestion is mid-stream", async () => (await readingsOf(sensorId)) >= 50);
    ingestion!.kill();
    const storedAtCrash = await readingsOf(sensorId);
    await publishing;
    expect(storedAtCrash).toBeLessThan(total);
    ingestion = await start();
    await waitUntil(`all ${total} readings are stored`, async () => (await readingsOf(sensorId)) === total, 30_000);
    expect(await rollupCountOf(sensorId)).toBe(total);
    const [sensor] = await test.database.db.select().from(sensors).where(eq(sensors.id, sensorId));
    expect(sensor).toMatchObject({ latestValue: total - 1, latestAt: new Date(T0 + (total - 1) * 100) });
  });

  it("acknowledges nothing before it is committed: messages held by a stalled database are redelivered after a crash", async () => {
    const sensorId = `stall-${run}`;
    const before = (await feedRow()).messagesTotal;
    // Another connection holds the readings table, so the writer's batch cannot commit.
    const holder = kind === "postgres" ? await openDatabase({ databaseUrl: test.database.url! }) : test.database;
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const stall = holder.db.transaction(async (tx) => {
      await tx.execute(sql`lock table readings in exclusive mode`);
      locked();
      await released;
    });
    await isLocked;
    for (let i = 0; i < 20; i++) await publish(sensorId, i, T0 + i * 1000);
    const first = ingestion!;
    await waitUntil("the writer holds the messages it cannot commit", async () => first.writer.backlog >= 19);
    ingestion!.kill();
    release();
    await stall;
    if (holder !== test.database) await holder.close();
    ingestion = await start();
    await waitUntil("all 20 are stored", async () => (await readingsOf(sensorId)) === 20, 20_000);
    expect(await rollupCountOf(sensorId)).toBe(20);
    // The first ingestion received them all (they were queued when it died) and wrote at most one batch.
    expect((await feedRow()).messagesTotal - before).toBeGreaterThan(20);
  });

  it("dead-letters poison messages and counts them, while the good messages around them land", async () => {
    const sensorId = `mixed-${run}`;
    const before = await feedRow();
    await publisher.publishAsync(`citydeck/${agency}/${sensorId}`, "this is not SenML", { qos: 1 });
    await publish(`ghost-${run}`, 1, T0);
    await publish(sensorId, 7, T0);
    await publisher.publishAsync(`citydeck/${agency}/${sensorId}`, JSON.stringify([{ n: "pm25", vs: "high" }, { n: "pm25", v: 8, t: T0 / 1000 + 1 }]), { qos: 1 });
    await waitUntil("the good readings are stored", async () => (await readingsOf(sensorId)) === 2);
    await waitUntil("the rejects are counted", async () => (await feedRow()).rejectsTotal - before.rejectsTotal === 3);
    const after = await feedRow();
    expect(after.messagesTotal - before.messagesTotal).toBe(5);
    const reasons = (await test.database.db.select().from(feedRejects).where(eq(feedRejects.feedId, `mqtt-${run}`))).map((r) => r.reason);
    expect(reasons).toEqual(expect.arrayContaining([`unknown sensor ghost-${run}`, "reading of pm25 is not numeric (vs)"]));
    expect(reasons.some((reason) => reason.startsWith("not JSON"))).toBe(true);
  });
});
