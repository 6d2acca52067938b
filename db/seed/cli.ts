/** `npm run db:seed [city folder]`: migrate the configured database, then seed the city into it. */
import { databaseOptionsFromEnv, openDatabase } from "@/db/client";
import { seedCity } from "./seed";

async function main() {
  const database = await openDatabase(databaseOptionsFromEnv());
  try {
    await database.migrate();
    const report = await seedCity(database.db, { dataDir: process.argv[2], log: (message) => console.log(message) });
    console.log(`\nSeeded ${report.city} (${database.kind}) in ${(report.durationMs / 1000).toFixed(1)} s`);
    console.table(report.totals);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
