/**
 * Sustained SenML readings per second through the ingest writer (parse, batch, idempotent insert
 * of the raw rows, 1-minute and 1-hour rollups, latest values, feed counters, one transaction per
 * batch) against the fastest raw load of the same rows into the same table in the same run:
 * a multi-row parameterised INSERT on PGlite, COPY on PostgreSQL.
 *
 *   npx tsx bench/ingest-throughput.ts [--pglite-readings 20000] [--postgres-readings 100000] [--sensors 1000] [--rounds 7]
 *
 * Each round loads the very same rows twice, once per path, each time into emptied reading
 * tables; which path goes first alternates, so a change in the machine's load during the run
 * favours neither. A first round warms both up and is not counted. Printed: the median rate of
 * each path and the median of the rounds' ratios (with their range), in readings per second and,
 * where the database runs on this machine, per CPU second.
 *
 * PostgreSQL: BENCH_DATABASE_URL (default postgres://root@127.0.0.1:5432/postgres), in a fresh
 * database citydeck_test_<random> dropped at the end. Published anchor: ThingsBoard CE on one
 * 2-vCPU node, 15k data points/s (STANDARDS.md).
 */
import { parseArgs } from "node:util";
import { readFile } from "node:fs/promises";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { setImmediate as yieldToIo } from "node:timers/promises";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { selectRows, type Database, type DatabaseKind } from "@/db/client";
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
    "pglite-readings": { type: "string", default: "20000" },
    "postgres-readings": { type: "string", default: "100000" },
    sensors: { type: "string", default: "1000" },
    rounds: { type: "string", default: "7" },
  },
});
process.env.TEST_DATABASE_URL ??= process.env.BENCH_DATABASE_URL ?? "postgres://root@127.0.0.1:5432/postgres";

const SENSORS = Number(args.sensors);
const ROUNDS = Number(args.rounds);
/** Each message is one device's pack of ten one-second samples, as sensors batch them. */
const READINGS_PER_MESSAGE = 10;
const THINGSBOARD_POINTS_PER_S = 15_000;
/** What one read of a TCP socket delivers at most in Node. */
const SOCKET_READ_BYTES = 64 * 1024;
/** Linux's USER_HZ, the unit of /proc/<pid>/stat's times. */
const CLOCK_TICKS_PER_S = 100;
const AGENCY = "bench";
const sensorIds = Array.from({ length: SENSORS }, (_, i) => `b-${String(i).padStart(5, "0")}`);

type Row = { sensorId: string; at: Date; value: number };
type Message = { topic: string; payload: Buffer };

/** The rows of `count` readings starting at `startMs`: sensors round-robin, ten seconds per pack. */
function rowsFrom(startMs: number, count: number): Row[] {
  return Array.from({ length: count }, (_, i) => {
    const pack = Math.floor(i / READINGS_PER_MESSAGE);
    return { sensorId: sensorIds[pack % SENSORS]!, at: new Date(startMs + Math.floor(pack / SENSORS) * 10_000 + (i % READINGS_PER_MESSAGE) * 1000), value: (i * 7) % 500 / 10 };
  });
}

/** The MQTT messages that carry `rows`: topic and SenML payload, as the simulator publishes them. */
function messagesOf(rows: Row[]): Message[] {
  const messages: Message[] = [];
  for (let i = 0; i < rows.length; i += READINGS_PER_MESSAGE) {
    const pack = rows.slice(i, i + READINGS_PER_MESSAGE);
    const baseName = `urn:dev:${AGENCY}:${pack[0]!.sensorId}:`;
    const records = pack.map((row) => ({ name: `${baseName}pm25`, value: row.value, time: row.at, unit: "ug/m3" }));
    messages.push({ topic: `citydeck/${AGENCY}/${pack[0]!.sensorId}`, payload: Buffer.from(encodeSenml(records, { baseName, baseTime: pack[0]!.at })) });
  }
  return messages;
}

async function throughWriter(database: Database, rows: Row[], messages: Message[]): Promise<void> {
  const feed = { id: "bench-mqtt", agencyId: AGENCY };
  const writer = new IngestWriter(databaseStore(database.db));
  const committed: Promise<EnvelopeOutcome>[] = [];
  let unread = 0;
  for (const { topic, payload } of messages) {
    // Messages arrive as the MQTT client parses them: a socket read's worth per turn of the event
    // loop, so decoding overlaps the database's work as it does in production.
    if (unread >= SOCKET_READ_BYTES) {
      unread = 0;
      await yieldToIo();
    }
    unread += payload.length;
    await writer.whenRoom();
    committed.push(writer.submit(senmlEnvelope(feed, topic, payload, new Date())));
  }
  const outcomes = await Promise.all(committed);
  await writer.stop();
  const accepted = outcomes.reduce((sum, outcome) => sum + outcome.accepted, 0);
  if (accepted !== rows.length) throw new Error(`writer accepted ${accepted} of ${rows.length} readings`);
}

/** PGlite's fastest plain load: multi-row VALUES, 1,000 rows (3,000 parameters) per statement. */
async function rawInsert(database: Database, rows: Row[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    const chunk = rows.slice(i, i + 1000).map((row) => sql`(${row.sensorId}, ${row.at.toISOString()}::timestamptz, ${row.value})`);
    await database.db.execute(sql`insert into readings (sensor_id, at, value) values ${sql.join(chunk, sql`, `)}`);
  }
}

/** PostgreSQL's fastest load: COPY FROM STDIN in text format, one stream on an open connection. */
async function rawCopy(client: postgres.Sql, rows: Row[]): Promise<void> {
  const writable = await client`copy readings (sensor_id, at, value) from stdin`.writable();
  const lines = (function* () {
    for (let i = 0; i < rows.length; i += 5000) {
      yield rows.slice(i, i + 5000).map((row) => `${row.sensorId}\t${row.at.toISOString()}\t${row.value}\n`).join("");
    }
  })();
  await pipeline(Readable.from(lines), writable);
}

/** Both paths start from the same state: no readings, rollups or latest values. */
async function emptyReadingTables(database: Database) {
  await database.db.execute(sql`truncate readings, readings_1m, readings_1h`);
  await database.db.execute(sql`update sensors set latest_value = null, latest_at = null`);
}

/**
 * CPU seconds used so far by this process and by the server processes of this database, or null
 * when those are not on this machine. The machine is shared (other work runs too), so wall-clock
 * rates swing with its load; CPU per reading says what each path costs whatever the load.
 */
async function cpuSeconds(database: Database): Promise<number | null> {
  const own = process.cpuUsage();
  if (database.kind === "pglite") return (own.user + own.system) / 1e6;
  const backends = await selectRows<{ pid: number }>(database.db, sql`select pid from pg_stat_activity where datname = current_database()`);
  let ticks = 0;
  for (const { pid } of backends) {
    const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => null);
    if (stat === null) return null;
    // Fields after the command name: utime and stime are the 12th and 13th, in clock ticks.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return (own.user + own.system) / 1e6 + ticks / CLOCK_TICKS_PER_S;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const range = (values: number[]) => `${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)}`;

async function bench(kind: DatabaseKind, readings: number) {
  const test = await openTestDatabase(kind);
  const { database } = test;
  const copyClient = kind === "postgres" ? postgres(database.url!, { max: 1, onnotice: () => {} }) : null;
  try {
    await insertAgency(database, AGENCY, "environment");
    await insertFeed(database, "bench-mqtt", AGENCY, "mqtt_senml", `citydeck/${AGENCY}/+`);
    for (let i = 0; i < SENSORS; i += 500) await insertSensors(database, AGENCY, sensorIds.slice(i, i + 500));
    const rows = rowsFrom(Date.UTC(2026, 0, 1), readings);
    const messages = messagesOf(rows);
    const paths = {
      writer: () => throughWriter(database, rows, messages),
      raw: () => (copyClient ? rawCopy(copyClient, rows) : rawInsert(database, rows)),
    };
    type Pass = { perS: number; perCpuS: number | null };
    const rounds: Record<keyof typeof paths, Pass>[] = [];
    for (let round = 0; round <= ROUNDS; round++) {
      const order = round % 2 === 0 ? (["raw", "writer"] as const) : (["writer", "raw"] as const);
      const passes = {} as Record<keyof typeof paths, Pass>;
      for (const path of order) {
        await emptyReadingTables(database);
        const cpuBefore = await cpuSeconds(database);
        const started = performance.now();
        await paths[path]();
        const seconds = (performance.now() - started) / 1000;
        const cpuAfter = await cpuSeconds(database);
        const [loaded] = await selectRows<{ n: number }>(database.db, sql`select count(*)::int as n from readings`);
        if (loaded!.n !== rows.length) throw new Error(`${path} left ${loaded!.n} of ${rows.length} readings`);
        passes[path] = { perS: rows.length / seconds, perCpuS: cpuBefore === null || cpuAfter === null ? null : rows.length / (cpuAfter - cpuBefore) };
      }
      // Round 0 warms both paths up (plans, caches, JIT).
      if (round > 0) rounds.push(passes);
    }
    const ratios = rounds.map(({ writer, raw }) => writer.perS / raw.perS);
    const writer = median(rounds.map((r) => r.writer.perS));
    const baseline = kind === "postgres" ? "COPY" : "multi-row INSERT";
    console.log(
      `${kind.padEnd(8)} ${readings} readings from ${SENSORS} sensors, ${ROUNDS} rounds (medians): writer ${Math.round(writer)} readings/s,` +
        ` raw ${baseline} ${Math.round(median(rounds.map((r) => r.raw.perS)))} rows/s, writer/raw ${median(ratios).toFixed(2)} (${range(ratios)}),` +
        ` writer/ThingsBoard CE ${(writer / THINGSBOARD_POINTS_PER_S).toFixed(2)}`,
    );
    if (rounds.every((r) => r.writer.perCpuS !== null && r.raw.perCpuS !== null)) {
      const cpuRatios = rounds.map(({ writer, raw }) => writer.perCpuS! / raw.perCpuS!);
      console.log(
        `${"".padEnd(8)} per CPU second (this process and the database's server processes): writer ${Math.round(median(rounds.map((r) => r.writer.perCpuS!)))},` +
          ` raw ${Math.round(median(rounds.map((r) => r.raw.perCpuS!)))}, writer/raw ${median(cpuRatios).toFixed(2)} (${range(cpuRatios)})`,
      );
    }
  } finally {
    await copyClient?.end();
    await test.cleanup();
  }
}

await bench("pglite", Number(args["pglite-readings"]));
await bench("postgres", Number(args["postgres-readings"]));
