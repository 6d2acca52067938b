/**
 * Tables rewritten all day leave a dead row version behind every update: each sensor's latest
 * value, each matatu's and unit's position, each feed's counters, each hour's rollup revision.
 * PostgreSQL's autovacuum reclaims them where it runs, but PGlite has none and a server may run
 * with it off. Left alone, the seeded city's 306 sensors gather 440,000 dead versions a day at a
 * reading a minute, and everything that reads sensors slows with them: the noise KPI went from
 * 6 to 33 ms in a benchmark. The feed registry's housekeeping runs this every 30 s; the tables
 * are small, so a pass takes milliseconds. ANALYZE keeps the planner's row counts true.
 */
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";

const HOT_TABLES = ["sensors", "vehicles", "units", "feeds", "readings_1h_revisions"];

export async function vacuumHotTables(db: Db): Promise<void> {
  await db.execute(sql.raw(`vacuum (analyze) ${HOT_TABLES.join(", ")}`));
}
