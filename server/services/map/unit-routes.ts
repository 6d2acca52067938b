import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { incidents, units } from "@/db/schema";
import type { LonLat } from "@/db/seed/geo/haversine";
import { withinScope, type AgencyScope } from "@/server/auth/agency-scope";
import { getRoadNetwork } from "@/server/dispatch/road-network";

/** Units that are on their way; one on scene or at hospital has arrived. */
const TRAVELLING = ["dispatched", "en_route"] as const;

export interface UnitRoutePath {
  unitId: string;
  /** Where the unit was when routed, to the incident, along the dispatch road graph. */
  path: LonLat[];
}

/**
 * The road route of each travelling unit to its incident, by the dispatch router: one search
 * per incident for all its units. A unit the router cannot place on a road gets none (the map
 * draws a straight line). Units and incidents outside the caller's scopes are not routed.
 */
export async function unitRoutes(db: Db, scopes: { units: AgencyScope; incidents: AgencyScope }): Promise<UnitRoutePath[]> {
  const travelling = await db
    .select({ unitId: units.id, lon: units.lon, lat: units.lat, incidentId: incidents.id, incidentLon: incidents.lon, incidentLat: incidents.lat })
    .from(units)
    .innerJoin(incidents, eq(incidents.id, units.incidentId))
    .where(and(inArray(units.status, [...TRAVELLING]), withinScope(units.agencyId, scopes.units), withinScope(incidents.agencyId, scopes.incidents)));
  if (travelling.length === 0) return [];
  const { router } = await getRoadNetwork(db);
  const byIncident = new Map<string, typeof travelling>();
  for (const unit of travelling) byIncident.set(unit.incidentId, [...(byIncident.get(unit.incidentId) ?? []), unit]);
  return [...byIncident.values()].flatMap((group) => {
    const destination: LonLat = [group[0]!.incidentLon, group[0]!.incidentLat];
    const outcomes = router.toDestination(destination, group.map((unit): LonLat => [unit.lon, unit.lat]));
    return group.flatMap((unit, i) => {
      const outcome = outcomes[i]!;
      return outcome.ok ? [{ unitId: unit.unitId, path: outcome.route.path }] : [];
    });
  });
}
