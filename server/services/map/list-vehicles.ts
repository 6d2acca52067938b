import { asc } from "drizzle-orm";
import type { Db } from "@/db/client";
import { vehicles } from "@/db/schema";
import { withinScope, type AgencyScope } from "@/server/auth/agency-scope";

/** Every matatu's latest GTFS-RT position; the live stream (topic "vehicles") moves them after this. */
export function listVehicles(db: Db, scope: AgencyScope) {
  return db
    .select({
      id: vehicles.id,
      routeId: vehicles.routeId,
      tripId: vehicles.tripId,
      lon: vehicles.lon,
      lat: vehicles.lat,
      bearingDeg: vehicles.bearingDeg,
      speedMps: vehicles.speedMps,
      delayS: vehicles.delayS,
      reportedAt: vehicles.reportedAt,
      seq: vehicles.seq,
    })
    .from(vehicles)
    .where(withinScope(vehicles.agencyId, scope))
    .orderBy(asc(vehicles.id));
}
