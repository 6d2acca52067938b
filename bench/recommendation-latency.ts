/**
 * Recommendation latency on the seeded city: 100 incidents at random points in Nairobi's wards,
 * one recommendation each (incident read, units read, one reverse Dijkstra, ranking), p50/p95.
 * Baseline, measured in the same run: the units query alone, the part no ranking can avoid.
 *
 *   npx tsx bench/recommendation-latency.ts
 */
import { and, eq, inArray } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { units, type Incident } from "@/db/schema";
import { mulberry32 } from "@/db/seed/geo/prng";
import { seedCity } from "@/db/seed/seed";
import { INCIDENT_TYPES, INCIDENT_TAXONOMY } from "@/lib/domain/incidents";
import { cityWards } from "@/server/dispatch/city-wards";
import { CREW_SESSION } from "@/server/dispatch/simulated-crews/crew-authority";
import { getRoadNetwork } from "@/server/dispatch/road-network";
import { recommendUnits } from "@/server/dispatch/recommend-units";
import { insertIncident } from "@/server/test/dispatch-fixtures";

const SAMPLES = 100;
const database = await openDatabase({ pgliteDir: null });
await database.migrate();
await seedCity(database.db);
const { db } = database;

const built = performance.now();
const { graph } = await getRoadNetwork(db);
console.log(`road graph: ${graph.nodeCount} nodes, ${graph.forward.targets.length} edges, built in ${Math.round(performance.now() - built)} ms (once per process)`);

const random = mulberry32(1225);
const wards = cityWards(db);
const incidents: Incident[] = [];
while (incidents.length < SAMPLES) {
  const [lon, lat] = [36.66 + random() * 0.38, -1.44 + random() * 0.28];
  if (!(await wards.locate(lon, lat)).wardCode) continue;
  incidents.push(await insertIncident(db, "city", { type: INCIDENT_TYPES[incidents.length % INCIDENT_TYPES.length]!, lon, lat }));
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;
async function time(run: (incident: Incident) => Promise<unknown>) {
  await run(incidents[0]!); // warm-up
  const ms: number[] = [];
  for (const incident of incidents) {
    const started = performance.now();
    await run(incident);
    ms.push(performance.now() - started);
  }
  return { p50: percentile(ms, 50), p95: percentile(ms, 95) };
}

// As a command-center dispatcher: every incident and unit in scope, every unit assignable.
const scopes = { incidents: "all", units: "all" } as const;
const recommend = await time((incident) => recommendUnits(db, CREW_SESSION, scopes, incident.id));
const baseline = await time((incident) =>
  db
    .select()
    .from(units)
    .where(and(eq(units.status, "available"), inArray(units.type, [...INCIDENT_TAXONOMY[incident.type].unitTypes]))),
);
const f = (ms: number) => `${ms.toFixed(1)} ms`;
console.log(`recommendation over ${SAMPLES} random incidents: p50 ${f(recommend.p50)}, p95 ${f(recommend.p95)}`);
console.log(`baseline (units query alone):             p50 ${f(baseline.p50)}, p95 ${f(baseline.p95)}`);
console.log(`ratio recommendation / baseline:          p50 ${(recommend.p50 / baseline.p50).toFixed(1)}x, p95 ${(recommend.p95 / baseline.p95).toFixed(1)}x`);
await database.close();
