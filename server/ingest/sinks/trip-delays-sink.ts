/**
 * GTFS-Realtime trip updates, reduced to what the operating picture shows: how late each vehicle
 * runs. The trip's own delay when stated, else the first stop prediction's.
 */
import { sql } from "drizzle-orm";
import type { TripUpdateRecord } from "@/server/feeds/gtfs-rt/gtfs-rt-types";
import { unnest } from "../sql-arrays";
import { newestByKey } from "./newest-by-key";
import type { Sink } from "./sink";

export const writeTripDelays: Sink<"tripDelay"> = async ({ tx }, entries) => {
  const delays = entries.flatMap(({ item: { update }, feed }) => {
    const delay = delayOf(update);
    const key = update.vehicleId ?? update.trip.tripId;
    return delay === null || !key || !feed ? [] : [{ agencyId: feed.agencyId, vehicleId: update.vehicleId, tripId: update.trip.tripId, delay, at: update.timestamp, key }];
  });
  const rows = newestByKey(delays, (d) => d.key, (d) => d.at).map((index) => delays[index]!);
  if (rows.length > 0) {
    await tx.execute(sql`
      update vehicles v set delay_s = u.delay
      from ${unnest(
        ["text", rows.map((r) => r.agencyId)],
        ["text", rows.map((r) => r.vehicleId)],
        ["text", rows.map((r) => r.tripId)],
        ["int4", rows.map((r) => r.delay)],
      )} as u(agency_id, vehicle_id, trip_id, delay)
      where v.agency_id = u.agency_id and (v.id = u.vehicle_id or (u.vehicle_id is null and v.trip_id = u.trip_id))
        and v.delay_s is distinct from u.delay`);
  }
  return [];
};

function delayOf(update: TripUpdateRecord): number | null {
  if (update.delay !== null) return update.delay;
  const first = update.stopTimeUpdates.find((stop) => (stop.arrival ?? stop.departure)?.delay != null);
  return (first?.arrival ?? first?.departure)?.delay ?? null;
}
