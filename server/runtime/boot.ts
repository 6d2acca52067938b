import { getDatabase } from "@/db/client";
import { seedCity } from "@/db/seed/seed";
import { resolveRole, runsWorker } from "./roles";

/** Migrate, seed the demo city when asked, then start this process's background roles. */
export async function boot() {
  const started = Date.now();
  const role = resolveRole();
  const database = await getDatabase();
  await database.migrate();
  if (runsWorker(role) && process.env.SEED !== "off") {
    const report = await seedCity(database.db, { log: (msg) => console.log(`[seed] ${msg}`) });
    console.log(`[seed] done in ${report.durationMs} ms`);
  }
  const url = `http://${process.env.HOSTNAME ?? "127.0.0.1"}:${process.env.PORT ?? 3000}`;
  console.log(`CityDeck ready (role ${role}, ${database.kind}) in ${Date.now() - started} ms: ${url}`);
}
