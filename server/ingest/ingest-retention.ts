/** What the feed registry's periodic housekeeping deletes: rows no screen reads any more. */
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";

/** Per-minute counts older than this are no longer read by anyone. */
const FEED_MINUTES_KEPT_S = 24 * 3600;
/**
 * A vehicle that has not reported for an hour has gone home, or its feed was switched off. The map
 * fades it after GTFS-RT's 90 s (MATATU_STALE_AFTER_S); keeping it far longer than that rides out
 * a feed's outage without the fleet vanishing from the map meanwhile.
 */
export const VEHICLES_KEPT_S = 3600;

export async function deleteExpiredIngestRows(db: Db): Promise<void> {
  await db.execute(sql`delete from feed_minutes where minute < now() - make_interval(secs => ${FEED_MINUTES_KEPT_S})`);
  await db.execute(sql`delete from vehicles where reported_at < now() - make_interval(secs => ${VEHICLES_KEPT_S})`);
}
