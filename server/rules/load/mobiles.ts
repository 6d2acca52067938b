/** Where the things a geofence watches are now: units, matatus (GTFS-RT vehicles) and active incidents. */
import { and, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { incidents, units, vehicles } from "@/db/schema";
import { ACTIVE_INCIDENT_STATUSES } from "@/lib/domain/incidents";
import type { GeofenceSubject } from "@/lib/domain/rules";
import { withinScope, type AgencyScope } from "@/server/auth/agency-scope";
import type { Mobile } from "../evaluate/geofence";

const loaders: Record<GeofenceSubject, (db: Db, scope: AgencyScope) => Promise<Mobile[]>> = {
  async unit(db, scope) {
    const rows = await db
      .select({ id: units.id, agencyId: units.agencyId, label: units.callsign, lon: units.lon, lat: units.lat })
      .from(units)
      .where(withinScope(units.agencyId, scope));
    return rows.map((row) => ({ ...row, kind: "unit" }));
  },
  async vehicle(db, scope) {
    const rows = await db
      .select({ id: vehicles.id, agencyId: vehicles.agencyId, routeId: vehicles.routeId, lon: vehicles.lon, lat: vehicles.lat })
      .from(vehicles)
      .where(withinScope(vehicles.agencyId, scope));
    return rows.map(({ routeId, ...row }) => ({ ...row, kind: "vehicle", label: routeId ? `Matatu ${row.id} (route ${routeId})` : `Matatu ${row.id}` }));
  },
  async incident(db, scope) {
    const rows = await db
      .select({ id: incidents.id, agencyId: incidents.agencyId, label: incidents.title, lon: incidents.lon, lat: incidents.lat })
      .from(incidents)
      .where(and(withinScope(incidents.agencyId, scope), inArray(incidents.status, [...ACTIVE_INCIDENT_STATUSES])));
    return rows.map((row) => ({ ...row, kind: "incident" }));
  },
};

export async function loadMobiles(db: Db, scope: AgencyScope, kinds: readonly GeofenceSubject[]): Promise<Mobile[]> {
  return (await Promise.all(kinds.map((kind) => loaders[kind](db, scope)))).flat();
}
