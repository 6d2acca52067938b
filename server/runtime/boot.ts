import { getDatabase, type Database } from "@/db/client";
import { seedCity } from "@/db/seed/seed";
import { DEFAULT_DEMO_PASSWORD, ensureDemoUsers } from "@/server/auth/demo-users";
import { unitMovementDuty } from "@/server/dispatch/simulated-crews/unit-movement-duty";
import { ingestDuty } from "@/server/ingest/duty";
import { ensureDefaultRules } from "@/server/rules/default-rules";
import { rulesDuty } from "@/server/rules/duty";
import { simulatorDuty } from "@/server/simulator/duty";
import { startEmbeddedBroker } from "@/server/transports/embedded-broker";
import { startDuties } from "./background";
import { resolveRole, runsWorker } from "./roles";

const log = (message: string) => console.log(message);

/** Migrate, seed the demo city when asked, then start this process's background roles. */
export async function boot() {
  const started = Date.now();
  const role = resolveRole();
  const database = await getDatabase();
  await database.migrate();
  if (runsWorker(role) && process.env.SEED !== "off") {
    const report = await seedCity(database.db, { log: (msg: string) => log(`[seed] ${msg}`) });
    const rules = await ensureDefaultRules(database.db);
    log(`[seed] done in ${report.durationMs} ms; default rules: ${rules.length}`);
  }
  // Demo accounts only when asked: `npm start` asks unless NODE_ENV=production (server/runtime/start.ts).
  if (process.env.DEMO_MODE === "on") await announceDemoLogins(database);
  const url = `http://${process.env.HOSTNAME ?? "127.0.0.1"}:${process.env.PORT ?? 3000}`;
  if (runsWorker(role)) {
    // The pages and API stay up even when a background role cannot start; say why, loudly.
    await startWorker(database, url).catch((error: unknown) =>
      console.error(`Background roles did not start (is another CityDeck running? MQTT_EMBEDDED_PORT picks another broker port): ${error instanceof Error ? error.message : String(error)}`),
    );
  }
  log(`CityDeck ready (role ${role}, ${database.kind}) in ${Date.now() - started} ms: ${url}`);
}

async function announceDemoLogins(database: Database) {
  const password = process.env.DEMO_PASSWORD ?? DEFAULT_DEMO_PASSWORD;
  const logins = await ensureDemoUsers(database.db, password);
  log(`Demo mode: sign in with the password "${password}" (DEMO_PASSWORD) as <role>@<agency>.demo:`);
  for (const agencyId of new Set(logins.map((l) => l.agencyId))) {
    log(`  ${logins.filter((l) => l.agencyId === agencyId).map((l) => l.email).join("  ")}`);
  }
}

/** The worker role: an MQTT broker when none is configured, then ingest, simulator, rules and crews. */
async function startWorker(database: Database, appUrl: string) {
  const broker = process.env.MQTT_URL ? null : await startEmbeddedBroker();
  const mqttUrl = process.env.MQTT_URL ?? broker!.url;
  log(`MQTT: ${broker ? `embedded broker at ${mqttUrl}` : mqttUrl}`);
  const stopDuties = startDuties(database, [ingestDuty, simulatorDuty, rulesDuty, unitMovementDuty], { database, mqttUrl, appUrl, log });
  const shutdown = async () => {
    await stopDuties();
    await broker?.close();
    await database.close();
  };
  process.once("SIGTERM", () => void shutdown().finally(() => process.exit(0)));
  process.once("SIGINT", () => void shutdown().finally(() => process.exit(0)));
}
