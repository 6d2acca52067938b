import { asc, count, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { transitRoutes, transitTrips } from "@/db/schema";

/** Matatu routes with how many trips each runs. */
export function listRoutes(db: Db) {
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
    .groupBy(transitRoutes.id)
    .orderBy(asc(transitRoutes.shortName));
}
