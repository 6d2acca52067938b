import { and, asc, eq, isNotNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { roads, sensors } from "@/db/schema";
import { withinScope, type AgencyScope } from "@/server/auth/agency-scope";

/**
 * The road pieces where a traffic-speed sensor reports, with their geometry. The speeds
 * themselves are the sensors' live values, which the map already streams.
 */
export function listTrafficRoads(db: Db, scope: AgencyScope) {
  return db
    .select({ sensorId: sensors.id, roadId: roads.id, name: roads.name, highway: roads.highway, path: roads.geometry })
    .from(sensors)
    .innerJoin(roads, eq(roads.id, sensors.roadId))
    .where(and(withinScope(sensors.agencyId, scope), eq(sensors.kind, "traffic_speed"), isNotNull(sensors.roadId)))
    .orderBy(asc(sensors.id));
}
