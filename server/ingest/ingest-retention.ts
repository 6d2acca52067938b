/** What the feed registry's periodic housekeeping deletes: rows no screen reads any more. */
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { VEHICLES_KEPT_S } from "@/lib/domain/vehicles";

/** Per-minute counts older than this are no longer read by anyone. */
const FEED_MINUTES_KEPT_S = 24 * 3600;

export async function deleteExpiredIngestRows(db: Db): Promise<void> {
  await db.execute(sql`delete from feed_minutes where minute < now() - make_interval(secs => ${FEED_MINUTES_KEPT_S})`);
  await db.execute(sql`delete from vehicles where reported_at < now() - make_interval(secs => ${VEHICLES_KEPT_S})`);
}
