/** GTFS-Realtime vehicle positions: one live row per vehicle, owned by the reporting feed's agency, only ever moved forward in time. */
import { sql } from "drizzle-orm";
import { selectRows } from "@/db/client";
import { unnest } from "../sql-arrays";
import { newestByKey } from "./newest-by-key";
import type { Sink, SinkRejection } from "./sink";

export const writeVehicles: Sink<"vehicle"> = async ({ tx }, entries) => {
  const ids = [...new Set(entries.map((entry) => entry.item.position.vehicleId))];
  const owners = new Map(
    (await selectRows<{ id: string; agency_id: string }>(tx, sql`select id, agency_id from vehicles where id = any(${sql.param(ids)}::text[])`)).map((row) => [
      row.id,
      row.agency_id,
    ]),
  );
  const rejections: SinkRejection[] = [];
  const owned = entries.flatMap((entry, index) => {
    const owner = owners.get(entry.item.position.vehicleId);
    const agencyId = entry.feed?.agencyId;
    if (!agencyId) rejections.push({ index, reason: "vehicle positions must come through a registered feed" });
    else if (owner !== undefined && owner !== agencyId) rejections.push({ index, reason: `vehicle ${entry.item.position.vehicleId} belongs to agency ${owner}` });
    else return [{ ...entry.item.position, agencyId }];
    return [];
  });
  const rows = newestByKey(owned, (p) => p.vehicleId, (p) => p.timestamp).map((index) => owned[index]!);
  if (rows.length === 0) return rejections;
  const column = <K extends keyof (typeof rows)[number]>(key: K) => rows.map((row) => row[key]);
  await tx.execute(sql`
    insert into vehicles (id, agency_id, trip_id, route_id, lon, lat, bearing_deg, speed_mps, reported_at)
    select * from ${unnest(
      ["text", column("vehicleId")],
      ["text", column("agencyId")],
      ["text", column("tripId")],
      ["text", column("routeId")],
      ["float8", column("lon")],
      ["float8", column("lat")],
      ["float8", column("bearing")],
      ["float8", column("speed")],
      ["timestamptz", column("timestamp")],
    )}
    on conflict (id) do update set
      trip_id = excluded.trip_id, route_id = excluded.route_id, lon = excluded.lon, lat = excluded.lat,
      bearing_deg = excluded.bearing_deg, speed_mps = excluded.speed_mps, reported_at = excluded.reported_at
    where vehicles.reported_at < excluded.reported_at`);
  return rejections;
};
