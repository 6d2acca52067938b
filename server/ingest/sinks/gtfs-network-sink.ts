/**
 * GTFS static networks into the transit tables, owned by the feed's agency. A changed source
 * updates rows in place (a renamed route keeps its trips) and removes what it no longer lists
 * (gtfs-network-prune.ts); the batch's transaction makes the network and the feed's new version
 * land together or not at all. A route another feed of the agency imported moves to this one.
 */
import { eq, sql } from "drizzle-orm";
import { selectRows, type Db } from "@/db/client";
import { upsertRows, type insertRows } from "@/db/insert-rows";
import { feeds, transitRoutes, transitShapes, transitStops, transitStopTimes, transitTrips } from "@/db/schema";
import type { GtfsFeed } from "@/server/feeds/gtfs-static/gtfs-types";
import type { FeedRef } from "../ingest-items";
import { networkFootprint, pruneGtfsNetwork } from "./gtfs-network-prune";
import type { Sink, SinkRejection } from "./sink";

/**
 * Writes a parsed network, parents before children (the foreign keys): with `insertRows` (the
 * seed: existing rows are kept) or `upsertRows` (a feed poll: existing rows take the new values).
 */
export async function storeGtfsNetwork(db: Db, network: GtfsFeed, feed: FeedRef, write: typeof insertRows): Promise<void> {
  const { agencyId, id: feedId } = feed;
  await write(
    db,
    transitRoutes,
    network.routes.map(({ id, shortName, longName, description, routeType, color }) => ({ id, agencyId, feedId, shortName, longName, description, routeType, color })),
  );
  await write(
    db,
    transitStops,
    network.stops.map(({ id, name, lon, lat, parentStation }) => ({ id, name, lon, lat, parentStation })),
  );
  await write(db, transitTrips, network.trips);
  await write(db, transitStopTimes, network.stopTimes);
  await write(db, transitShapes, network.shapes);
}

export const writeGtfsNetworks: Sink<"gtfsNetwork"> = async ({ tx }, entries) => {
  const rejections: SinkRejection[] = [];
  for (const [index, { item, feed }] of entries.entries()) {
    if (!feed) {
      rejections.push({ index, reason: "a GTFS network must come through a registered feed" });
      continue;
    }
    const [taken] = await selectRows<{ id: string; agency_id: string }>(
      tx,
      sql`select id, agency_id from transit_routes where id = any(${sql.param(item.network.routes.map((route) => route.id))}::text[]) and agency_id <> ${feed.agencyId} order by id limit 1`,
    );
    if (taken) {
      rejections.push({ index, reason: `route ${taken.id} belongs to agency ${taken.agency_id}` });
      continue;
    }
    const before = await networkFootprint(tx, feed.id);
    await storeGtfsNetwork(tx, item.network, feed, upsertRows);
    await pruneGtfsNetwork(tx, feed.id, item.network, before);
    await tx.update(feeds).set({ version: item.version }).where(eq(feeds.id, feed.id));
  }
  return rejections;
};
