import { getDatabase } from "@/db/client";
import { seedCity } from "@/db/seed/seed";
import { DEFAULT_DEMO_PASSWORD, ensureDemoUsers } from "@/server/auth/demo-users";
import { resolveRole, runsWorker } from "./roles";

/** Migrate, seed the demo city when asked, then start this process's background roles. */
export async function boot() {
  const started = Date.now();
  const role = resolveRole();
  const database = await getDatabase();
  await database.migrate();
  if (runsWorker(role) && process.env.SEED !== "off") {
    const report = await seedCity(database.db, { log: (msg: string) => console.log(`[seed] ${msg}`) });
    console.log(`[seed] done in ${report.durationMs} ms`);
  }
  // Demo accounts only when asked: `npm start` asks unless NODE_ENV=production (server/runtime/start.ts).
  if (process.env.DEMO_MODE === "on") {
    const password = process.env.DEMO_PASSWORD ?? DEFAULT_DEMO_PASSWORD;
    const logins = await ensureDemoUsers(database.db, password);
    console.log(`Demo mode: sign in with the password "${password}" (DEMO_PASSWORD) as <role>@<agency>.demo:`);
    for (const agencyId of new Set(logins.map((l) => l.agencyId))) {
      console.log(`  ${logins.filter((l) => l.agencyId === agencyId).map((l) => l.email).join("  ")}`);
    }
  }
  const url = `http://${process.env.HOSTNAME ?? "127.0.0.1"}:${process.env.PORT ?? 3000}`;
  console.log(`CityDeck ready (role ${role}, ${database.kind}) in ${Date.now() - started} ms: ${url}`);
}
