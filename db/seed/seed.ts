/**
 * Seeds a city from its data folder (db/seed/nairobi by default). Idempotent: rows are keyed by
 * natural or deterministic ids and inserted with ON CONFLICT DO NOTHING, so a second run writes
 * nothing, not even a new `seq`. Each step is one transaction: a failure leaves no half step.
 */
import { resolve } from "node:path";
import { count, getTableName } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { readCityData } from "./city-data";
import { loadAgencies } from "./load-agencies";
import { loadCrashes } from "./load-crashes";
import { loadFeeds } from "./load-feeds";
import { loadGtfs } from "./load-gtfs";
import { loadPlaces } from "./load-places";
import { loadPois } from "./load-pois";
import { loadRoads } from "./load-roads";
import { loadSensors } from "./load-sensors";
import { loadUnits } from "./load-units";
import { loadWaterways } from "./load-waterways";
import type { SeedStep } from "./seed-step";

export const DEFAULT_CITY_DIR = "db/seed/nairobi";

/** In dependency order: agencies own everything, wards locate everything, units stand at POIs, feeds own their routes. */
const STEPS: SeedStep[] = [
  loadAgencies,
  loadPlaces,
  loadRoads,
  loadWaterways,
  loadFeeds,
  loadGtfs,
  loadPois,
  loadCrashes,
  loadUnits,
  loadSensors,
];

export interface SeedStepReport {
  step: string;
  durationMs: number;
  /** Rows the step added, per table (0 everywhere on a re-run). */
  inserted: Record<string, number>;
  notes: string[];
}

export interface SeedReport {
  city: string;
  dataDir: string;
  durationMs: number;
  steps: SeedStepReport[];
  /** Rows in each seeded table after the run. */
  totals: Record<string, number>;
}

export interface SeedOptions {
  dataDir?: string;
  log?: (message: string) => void;
}

async function countRows(db: Db, tables: PgTable[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const [row] = await db.select({ n: count() }).from(table);
    counts[getTableName(table)] = row?.n ?? 0;
  }
  return counts;
}

export async function seedCity(db: Db, options: SeedOptions = {}): Promise<SeedReport> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  // The city folder is chosen at run time (a second city is another folder): keep it out of build tracing.
  const dataDir = resolve(/*turbopackIgnore: true*/ process.cwd(), options.dataDir ?? DEFAULT_CITY_DIR);
  const city = await readCityData(dataDir);
  log(`read ${city.config.name} from ${dataDir} in ${Math.round(performance.now() - started)} ms`);

  const steps: SeedStepReport[] = [];
  for (const step of STEPS) {
    const stepStarted = performance.now();
    const notes: string[] = [];
    const inserted = await db.transaction(async (tx) => {
      const before = await countRows(tx, step.tables);
      await step.run(tx, city, (message) => notes.push(message));
      const after = await countRows(tx, step.tables);
      return Object.fromEntries(Object.entries(after).map(([table, n]) => [table, n - (before[table] ?? 0)]));
    });
    const report = { step: step.name, durationMs: Math.round(performance.now() - stepStarted), inserted, notes };
    steps.push(report);
    log(`${step.name}: ${Object.entries(inserted).map(([t, n]) => `+${n} ${t}`).join(", ")} (${report.durationMs} ms)`);
    for (const note of notes) log(`  ${note}`);
  }

  return {
    city: city.config.name,
    dataDir,
    durationMs: Math.round(performance.now() - started),
    steps,
    totals: await countRows(db, STEPS.flatMap((step) => step.tables)),
  };
}
