/**
 * What a GTFS static feed no longer lists, removed when it is imported again: its routes and trips
 * that are gone, stop times and shape points past a trip's or a shape's new end, and the stops and
 * shapes that only its old trips used. Without this a re-import only adds and updates, and a
 * cancelled route or a shortened trip would stay on the map. Other feeds' rows are left alone:
 * a stop or a shape another feed's trips still use stays.
 */
import { sql, type SQL } from "drizzle-orm";
import { selectRows, type Db } from "@/db/client";
import type { GtfsFeed } from "@/server/feeds/gtfs-static/gtfs-types";
import { unnest } from "../sql-arrays";

/** The stops (with their stations) and shapes a feed's trips use. */
export type NetworkFootprint = { stopIds: string[]; shapeIds: string[] };

/** The feed's trips, by the routes it imported. */
const tripsOf = (feedId: string) => sql`select t.id from transit_trips t join transit_routes r on r.id = t.route_id where r.feed_id = ${feedId}`;

/** Read before an import changes them: afterwards, the old trips that used them may be gone. */
export async function networkFootprint(tx: Db, feedId: string): Promise<NetworkFootprint> {
  const [row] = await selectRows<{ stop_ids: string[]; shape_ids: string[] }>(
    tx,
    sql`
      with used as (select distinct st.stop_id as id from transit_stop_times st where st.trip_id in (${tripsOf(feedId)}))
      select
        array(select id from used union select s.parent_station from transit_stops s join used on used.id = s.id where s.parent_station is not null) as stop_ids,
        array(select distinct t.shape_id from transit_trips t where t.id in (${tripsOf(feedId)}) and t.shape_id is not null) as shape_ids`,
  );
  return { stopIds: row!.stop_ids, shapeIds: row!.shape_ids };
}

/** Run after the network is written: children before parents, as the foreign keys require. */
export async function pruneGtfsNetwork(tx: Db, feedId: string, network: GtfsFeed, before: NetworkFootprint): Promise<void> {
  const notListed = (column: SQL, ids: readonly string[]) => sql`not exists (select from ${unnest(["text", ids])} as n(id) where n.id = ${column})`;
  /** Rows whose (id, sequence) the network does not list, as stop times and shape points are keyed. */
  const pairNotListed = (id: SQL, sequence: SQL, pairs: readonly { id: string; sequence: number }[]) => sql`
    not exists (
      select from ${unnest(["text", pairs.map((p) => p.id)], ["int4", pairs.map((p) => p.sequence)])} as n(id, sequence)
      where n.id = ${id} and n.sequence = ${sequence})`;
  const tripIds = network.trips.map((trip) => trip.id);
  const shapeIds = [...new Set(network.shapes.map((point) => point.shapeId))];

  await tx.execute(sql`
    delete from transit_stop_times st
    where st.trip_id in (${tripsOf(feedId)})
      and ${pairNotListed(sql`st.trip_id`, sql`st.stop_sequence`, network.stopTimes.map((s) => ({ id: s.tripId, sequence: s.stopSequence })))}`);
  await tx.execute(sql`delete from transit_trips t where t.id in (${tripsOf(feedId)}) and ${notListed(sql`t.id`, tripIds)}`);
  await tx.execute(sql`delete from transit_routes r where r.feed_id = ${feedId} and ${notListed(sql`r.id`, network.routes.map((route) => route.id))}`);

  await tx.execute(sql`
    delete from transit_shapes s
    using ${unnest(["text", shapeIds])} as listed(shape_id)
    where s.shape_id = listed.shape_id
      and ${pairNotListed(sql`s.shape_id`, sql`s.sequence`, network.shapes.map((p) => ({ id: p.shapeId, sequence: p.sequence })))}`);
  await tx.execute(sql`
    delete from transit_shapes s
    using ${unnest(["text", before.shapeIds])} as old(shape_id)
    where s.shape_id = old.shape_id and ${notListed(sql`s.shape_id`, shapeIds)}
      and not exists (select from transit_trips t where t.shape_id = s.shape_id)`);
  await tx.execute(sql`
    delete from transit_stops s
    using ${unnest(["text", before.stopIds])} as old(id)
    where s.id = old.id and ${notListed(sql`s.id`, network.stops.map((stop) => stop.id))}
      and not exists (select from transit_stop_times st where st.stop_id = s.id)
      and not exists (select from transit_stops child where child.parent_station = s.id)`);
}
