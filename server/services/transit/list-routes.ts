import { asc, count, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { transitRoutes, transitTrips } from "@/db/schema";
import { withinScope, type AgencyScope } from "@/server/auth/agency-scope";

/** Matatu routes with how many trips each runs. */
export function listRoutes(db: Db, scope: AgencyScope) {
  return db
    .select({
      id: transitRoutes.id,
      shortName: transitRoutes.shortName,
      longName: transitRoutes.longName,
      description: transitRoutes.description,
      color: transitRoutes.color,
      tripCount: count(transitTrips.id),
    })
    .from(transitRoutes)
    .leftJoin(transitTrips, eq(transitTrips.routeId, transitRoutes.id))
    .where(withinScope(transitRoutes.agencyId, scope))
    .groupBy(transitRoutes.id)
    .orderBy(asc(transitRoutes.shortName));
}
