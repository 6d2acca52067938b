import { and, desc, eq, isNotNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { workOrders } from "@/db/schema";
import { withinScope, type AgencyScope } from "@/server/auth/agency-scope";

/** More open requests than this on one map would say nothing more; the newest are kept. */
const MAP_LIMIT = 5000;

/** Open Open311 requests that have a location, newest first. */
export async function listOpenWorkOrders(db: Db, scope: AgencyScope) {
  const rows = await db
    .select({
      id: workOrders.id,
      serviceCode: workOrders.serviceCode,
      serviceName: workOrders.serviceName,
      description: workOrders.description,
      address: workOrders.address,
      wardCode: workOrders.wardCode,
      agencyResponsible: workOrders.agencyResponsible,
      statusNotes: workOrders.statusNotes,
      lon: workOrders.lon,
      lat: workOrders.lat,
      requestedAt: workOrders.requestedAt,
      receivedAt: workOrders.receivedAt,
    })
    .from(workOrders)
    .where(and(withinScope(workOrders.agencyId, scope), eq(workOrders.status, "open"), isNotNull(workOrders.lon), isNotNull(workOrders.lat)))
    .orderBy(desc(workOrders.requestedAt))
    .limit(MAP_LIMIT);
  // The WHERE clause guarantees a location; say so to the type system.
  return rows.map(({ lon, lat, ...row }) => ({ ...row, lon: lon!, lat: lat! }));
}
