/**
 * Sustained SenML readings per second through the ingest writer (parse, batch, raw insert with
 * ON CONFLICT, 1-minute and 1-hour rollups, latest values, feed counters, one transaction per
 * batch) against the fastest raw load of the same rows into the same table in the same run:
 * a multi-row parameterised INSERT on PGlite, COPY on PostgreSQL.
 *
 *   npx tsx bench/ingest-throughput.ts [--pglite-readings 60000] [--postgres-readings 300000] [--sensors 1000]
 *
 * PostgreSQL: BENCH_DATABASE_URL (default postgres://root@127.0.0.1:5432/postgres), in a fresh
 * database citydeck_test_<random> dropped at the end. Published anchor: ThingsBoard CE on one
 * 2-vCPU node, 15k data points/s (STANDARDS.md).
 */
import { parseArgs } from "node:util";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import type { Database, DatabaseKind } from "@/db/client";
import { openTestDatabase } from "@/db/test-database";
import { encodeSenml } from "@/server/feeds/senml/encode-senml";
import type { EnvelopeOutcome } from "@/server/ingest/ingest-items";
import { IngestWriter } from "@/server/ingest/ingest-writer";
import { senmlEnvelope } from "@/server/ingest/mqtt-senml-intake";
import { insertFeed, insertSensors } from "@/server/ingest/testing/ingest-fixtures";
import { databaseStore } from "@/server/ingest/write-batch";
import { insertAgency } from "@/server/test/fixtures";

const { values: args } = parseArgs({
  options: {
    "pglite-readings": { type: "string", default: "60000" },
    "postgres-readings": { type: "string", default: "300000" },
    sensors: { type: "string", default: "1000" },
  },
});
process.env.TEST_DATABASE_URL ??= process.env.BENCH_DATABASE_URL ?? "postgres://root@127.0.0.1:5432/postgres";

const SENSORS = Number(args.sensors);
/** Each message is one device's pack of ten one-second samples, as sensors batch them. */
const READINGS_PER_MESSAGE = 10;
const THINGSBOARD_POINTS_PER_S = 15_000;
const AGENCY = "bench";
const sensorIds = Array.from({ length: SENSORS }, (_, i) => `b-${String(i).padStart(5, "0")}`);

type Row = { sensorId: string; at: Date; value: number };

/** The rows of `count` readings starting at `startMs`: sensors round-robin, ten seconds per pack. */
function rowsFrom(startMs: number, count: number): Row[] {
  return Array.from({ length: count }, (_, i) => {
    const pack = Math.floor(i / READINGS_PER_MESSAGE);
    return { sensorId: sensorIds[pack % SENSORS]!, at: new Date(startMs + Math.floor(pack / SENSORS) * 10_000 + (i % READINGS_PER_MESSAGE) * 1000), value: (i * 7) % 500 / 10 };
  });
}

/** The MQTT messages that carry `rows`: topic and SenML payload, as the simulator publishes them. */
function messagesOf(rows: Row[]): { topic: string; payload: Buffer }[] {
  const messages: { topic: string; payload: Buffer }[] = [];
  for (let i = 0; i < rows.length; i += READINGS_PER_MESSAGE) {
    const pack = rows.slice(i, i + READINGS_PER_MESSAGE);
    const baseName = `urn:dev:${AGENCY}:${pack[0]!.sensorId}:`;
    const records = pack.map((row) => ({ name: `${baseName}pm25`, value: row.value, time: row.at, unit: "ug/m3" }));
    messages.push({ topic: `citydeck/${AGENCY}/${pack[0]!.sensorId}`, payload: Buffer.from(encodeSenml(records, { baseName, baseTime: pack[0]!.at })) });
  }
  return messages;
}

async function throughWriter(database: Database, rows: Row[]): Promise<number> {
  const messages = messagesOf(rows);
  const feed = { id: "bench-mqtt", agencyId: AGENCY };
  const writer = new IngestWriter(databaseStore(database.db));
  const started = performance.now();
  const committed: Promise<EnvelopeOutcome>[] = [];
  for (const { topic, payload } of messages) {
    await writer.whenRoom();
    committed.push(writer.submit(senmlEnvelope(feed, topic, payload, new Date())));
  }
  const outcomes = await Promise.all(committed);
  const seconds = (performance.now() - started) / 1000;
  await writer.stop();
  const accepted = outcomes.reduce((sum, outcome) => sum + outcome.accepted, 0);
  if (accepted !== rows.length) throw new Error(`writer accepted ${accepted} of ${rows.length} readings`);
  return rows.length / seconds;
}

/** PGlite's fastest plain load: multi-row VALUES, 1,000 rows (3,000 parameters) per statement. */
async function rawInsert(database: Database, rows: Row[]): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < rows.length; i += 1000) {
    const chunk = rows.slice(i, i + 1000).map((row) => sql`(${row.sensorId}, ${row.at.toISOString()}::timestamptz, ${row.value})`);
    await database.db.execute(sql`insert into readings (sensor_id, at, value) values ${sql.join(chunk, sql`, `)}`);
  }
  return rows.length / ((performance.now() - started) / 1000);
}

/** PostgreSQL's fastest load: COPY FROM STDIN in text format, one stream. */
async function rawCopy(url: string, rows: Row[]): Promise<number> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const started = performance.now();
    const writable = await client`copy readings (sensor_id, at, value) from stdin`.writable();
    const lines = (function* () {
      for (let i = 0; i < rows.length; i += 5000) {
        yield rows.slice(i, i + 5000).map((row) => `${row.sensorId}\t${row.at.toISOString()}\t${row.value}\n`).join("");
      }
    })();
    await pipeline(Readable.from(lines), writable);
    return rows.length / ((performance.now() - started) / 1000);
  } finally {
    await client.end();
  }
}

async function bench(kind: DatabaseKind, readings: number) {
  const test = await openTestDatabase(kind);
  try {
    const { database } = test;
    await insertAgency(database, AGENCY, "environment");
    await insertFeed(database, "bench-mqtt", AGENCY, "mqtt_senml", `citydeck/${AGENCY}/+`);
    for (let i = 0; i < SENSORS; i += 500) await insertSensors(database, AGENCY, sensorIds.slice(i, i + 500));
    const day = 86_400_000;
    const base = Date.UTC(2026, 0, 1);
    // Warm-up of both paths (plans, caches, JIT), on rows of their own.
    await throughWriter(database, rowsFrom(base - 2 * day, 5000));
    await (kind === "postgres" ? rawCopy(database.url!, rowsFrom(base - 3 * day, 5000)) : rawInsert(database, rowsFrom(base - 3 * day, 5000)));
    // Raw first, the writer second: the writer meets the larger table.
    const raw = kind === "postgres" ? await rawCopy(database.url!, rowsFrom(base, readings)) : await rawInsert(database, rowsFrom(base, readings));
    const writer = await throughWriter(database, rowsFrom(base + day, readings));
    const baseline = kind === "postgres" ? "COPY" : "multi-row INSERT";
    console.log(
      `${kind.padEnd(8)} ${readings} readings from ${SENSORS} sensors: writer ${Math.round(writer)} readings/s, raw ${baseline} ${Math.round(raw)} rows/s,` +
        ` writer/raw ${(writer / raw).toFixed(2)}, writer/ThingsBoard CE ${(writer / THINGSBOARD_POINTS_PER_S).toFixed(2)}`,
    );
  } finally {
    await test.cleanup();
  }
}

await bench("pglite", Number(args["pglite-readings"]));
await bench("postgres", Number(args["postgres-readings"]));
