/**
 * The wallboard's KPI query set over seven days of one reading a minute for every seeded sensor,
 * on PGlite and on PostgreSQL: what one refresh of a wall signed in as a city-level viewer runs
 * on the server, warm, many times over, with a round of readings ingested before each refresh.
 * Baselines, measured in the same run: the same KPIs reading every hour's rollups at every
 * refresh, and with their buckets computed from the raw readings.
 *
 *   npx tsx bench/kpi-queries.ts [--runs 200] [--raw-runs 10] [--pglite-days 7] [--postgres-days 7] [--databases pglite,postgres]
 *
 * PostgreSQL: postgres://root@127.0.0.1:5432/postgres (BENCH_DATABASE_URL), in a fresh database
 * citydeck_bench_<random> dropped at the end.
 */
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import postgres from "postgres";
import { sql } from "drizzle-orm";
import { openDatabase, selectRows, type Database } from "@/db/client";
import { seedCity } from "@/db/seed/seed";
import { createSession, resolveSession } from "@/server/auth/sessions";
import { emergencyKpis } from "@/server/services/kpis/emergency/emergency-kpis";
import { environmentKpis } from "@/server/services/kpis/environment/environment-kpis";
import { vacuumHotTables } from "@/server/ingest/table-upkeep";
import { databaseStore } from "@/server/ingest/write-batch";
import { feedHealthKpi } from "@/server/services/kpis/feed-health-kpi";
import { UNCACHED_HOURS } from "@/server/services/kpis/hourly-cache";
import { kpiContextFor } from "@/server/services/kpis/kpi-context";
import { percentile } from "@/server/services/kpis/percentile";
import { ROLLUP_BUCKETS, type ReadingBuckets } from "@/server/services/kpis/reading-buckets";
import { transportKpis } from "@/server/services/kpis/transport/transport-kpis";
import { utilitiesKpis } from "@/server/services/kpis/utilities/utilities-kpis";
import { insertUser } from "@/server/test/fixtures";
import { generateCityHistory } from "./kpi-city-history";
import { RAW_BUCKETS } from "./kpi-raw-buckets";

const { values: args } = parseArgs({
  options: {
    runs: { type: "string", default: "200" },
    "raw-runs": { type: "string", default: "10" },
    "pglite-days": { type: "string", default: "7" },
    "postgres-days": { type: "string", default: "7" },
    databases: { type: "string", default: "pglite,postgres" },
  },
});
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? "postgres://root@127.0.0.1:5432/postgres";

const WARM_UP_REFRESHES = 20;

/** The wall's five KPI procedures (server/api/routers/kpis.ts), which it polls together. */
const PANELS = [emergencyKpis, transportKpis, environmentKpis, utilitiesKpis, feedHealthKpi];

/** Where a refresh's sensor KPIs read from: the product's (rollups, unchanged hours kept), or a baseline's. */
type Variant = { buckets: ReadingBuckets; cached: boolean };
const PRODUCT: Variant = { buckets: ROLLUP_BUCKETS, cached: true };
const ROLLUPS_UNCACHED: Variant = { buckets: ROLLUP_BUCKETS, cached: false };
const RAW: Variant = { buckets: RAW_BUCKETS, cached: false };

/**
 * One refresh as the server runs it: httpBatchLink sends the five procedures in one request, whose
 * context resolves the session once; each procedure then builds its own KPI context and they run
 * concurrently. A baseline swaps the rollups for raw readings, or reads every hour every time.
 */
async function refresh(database: Database, sessionSecret: string, { buckets, cached }: Variant) {
  const session = await resolveSession(database.db, sessionSecret);
  if (!session) throw new Error("the benchmark's session did not resolve");
  return Promise.all(PANELS.map((panel) => panel({ ...kpiContextFor(database.db, session), buckets, ...(cached ? {} : { hours: UNCACHED_HOURS }) })));
}

/**
 * What a running city does between two of the wall's refreshes (30 s apart), not timed: a reading
 * of every sensor stored through the ingest writer, so the current hour's rollups have changed
 * each time the wall looks, and the feed registry's housekeeping (every 30 s).
 */
async function ingestOneRound(database: Database, sensorIds: string[]) {
  const now = new Date();
  const items = sensorIds.map((sensorId, i) => ({ kind: "reading" as const, sensorId, at: now, value: (i * 7) % 100, ownerAgencyId: null }));
  await databaseStore(database.db).writeBatch([{ feed: null, items, rejections: [] }]);
  await vacuumHotTables(database.db);
}

async function latency(database: Database, sessionSecret: string, variant: Variant, runs: number) {
  const sensorIds = (await selectRows<{ id: string }>(database.db, sql`select id from sensors`)).map((row) => row.id);
  // Warm-up, as a wall's first ten minutes: pages in memory, the incident window loaded, the
  // code compiled, each pooled connection's statements prepared.
  for (let i = 0; i < WARM_UP_REFRESHES; i++) {
    await ingestOneRound(database, sensorIds);
    await refresh(database, sessionSecret, variant);
  }
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    await ingestOneRound(database, sensorIds);
    const started = performance.now();
    await refresh(database, sessionSecret, variant);
    ms.push(performance.now() - started);
  }
  return { p50: percentile(ms, 0.5)!, p99: percentile(ms, 0.99)! };
}

async function measure(kind: string, database: Database, days: number) {
  await database.migrate();
  await seedCity(database.db);
  const history = await generateCityHistory(database, new Date(), days);
  // A viewer of the city's command center: every agency's records in scope, as on the city's own wall.
  const viewer = await insertUser(database, "city", "viewer");
  const { secret } = await createSession(database.db, { userId: viewer.id }, { sourceAddress: "127.0.0.1", userAgent: "bench" });
  const rollups = await latency(database, secret, PRODUCT, Number(args.runs));
  const uncached = await latency(database, secret, ROLLUPS_UNCACHED, Number(args.runs));
  const raw = await latency(database, secret, RAW, Number(args["raw-runs"]));
  const f = (ms: number) => `${ms.toFixed(1).padStart(7)} ms`;
  console.log(`\n${kind}: ${history.readings.toLocaleString("en")} readings over ${days} days (generated in ${(history.generateMs / 1000).toFixed(1)} s, rolled up in ${(history.rollupMs / 1000).toFixed(1)} s)`);
  console.log(`  KPI set from rollups  (${args.runs} runs): p50 ${f(rollups.p50)}   p99 ${f(rollups.p99)}   (unchanged hours kept between refreshes, as the product runs)`);
  console.log(`  same, every hour read (${args.runs} runs): p50 ${f(uncached.p50)}   p99 ${f(uncached.p99)}`);
  console.log(`  KPI set from raw      (${args["raw-runs"]} runs): p50 ${f(raw.p50)}   p99 ${f(raw.p99)}`);
  console.log(`  raw / rollups:                 p50 ${(raw.p50 / rollups.p50).toFixed(1).padStart(7)} x    p99 ${(raw.p99 / rollups.p99).toFixed(1).padStart(7)} x`);
}

const databases = args.databases.split(",");

if (databases.includes("pglite")) {
  const pglite = await openDatabase({ pgliteDir: null });
  try {
    await measure("PGlite (in memory)", pglite, Number(args["pglite-days"]));
  } finally {
    await pglite.close();
  }
}

if (databases.includes("postgres")) await measurePostgres();

async function measurePostgres() {
  const name = `citydeck_bench_${randomBytes(6).toString("hex")}`;
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  try {
    const url = new URL(ADMIN_URL);
    url.pathname = `/${name}`;
    const database = await openDatabase({ databaseUrl: url.toString() });
    try {
      await measure("PostgreSQL", database, Number(args["postgres-days"]));
    } finally {
      await database.close();
    }
  } finally {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}
