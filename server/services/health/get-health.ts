import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { sql } from "drizzle-orm";
import { selectRows, type Database } from "@/db/client";

type Journal = { entries: { tag: string; when: number }[] };

/** Liveness plus what an operator checks first: which database, which schema version, is the city loaded. */
export async function getHealth(database: Database) {
  const [applied] = await selectRows<{ created_at: string }>(
    database.db,
    sql`select created_at from drizzle.__drizzle_migrations order by created_at desc limit 1`,
  );
  const journal = JSON.parse(readFileSync(resolve(process.cwd(), "db/migrations/meta/_journal.json"), "utf8")) as Journal;
  const latest = journal.entries.at(-1)?.tag ?? null;
  const current = journal.entries.find((e) => e.when === Number(applied?.created_at))?.tag ?? null;
  const [counts] = await selectRows<Record<string, number>>(
    database.db,
    sql`select
      (select count(*) from wards)::int as wards,
      (select count(*) from roads)::int as roads,
      (select count(*) from pois)::int as pois,
      (select count(*) from incidents)::int as incidents,
      (select count(*) from units)::int as units,
      (select count(*) from sensors)::int as sensors,
      (select count(*) from transit_routes)::int as "transitRoutes",
      (select count(*) from vehicles)::int as vehicles`,
  );
  return {
    status: current !== null && current === latest ? "ok" : "degraded",
    database: database.kind,
    migration: { current, latest },
    counts: counts ?? {},
  };
}
