import { and, eq, gte, inArray, ne, between } from "drizzle-orm";
import type { Db } from "@/db/client";
import { incidents } from "@/db/schema";
import { distanceM } from "@/db/seed/geo/haversine";
import { DUPLICATE_RADIUS_M, DUPLICATE_WINDOW_S, type FindDuplicatesInput } from "@/lib/domain/dispatch";
import { ACTIVE_INCIDENT_STATUSES } from "@/lib/domain/incidents";
import { withinScope, type AgencyScope } from "@/server/auth/agency-scope";

const METRES_PER_DEGREE = 111_320;

/**
 * Open incidents of the same type within 300 m and 30 minutes of a call being taken: likely the
 * same event, to link the call to instead of logging it twice. Nearest first.
 */
export async function findDuplicateIncidents(db: Db, scope: AgencyScope, input: FindDuplicatesInput) {
  const dLat = DUPLICATE_RADIUS_M / METRES_PER_DEGREE;
  const dLon = dLat / Math.cos((input.lat * Math.PI) / 180);
  const candidates = await db
    .select()
    .from(incidents)
    .where(
      and(
        withinScope(incidents.agencyId, scope),
        eq(incidents.type, input.type),
        gte(incidents.reportedAt, new Date(Date.now() - DUPLICATE_WINDOW_S * 1000)),
        inArray(incidents.status, [...ACTIVE_INCIDENT_STATUSES]),
        between(incidents.lon, input.lon - dLon, input.lon + dLon),
        between(incidents.lat, input.lat - dLat, input.lat + dLat),
        input.excludeId ? ne(incidents.id, input.excludeId) : undefined,
      ),
    );
  return candidates
    .map((incident) => ({ incident, distanceM: Math.round(distanceM([input.lon, input.lat], [incident.lon, incident.lat])) }))
    .filter((candidate) => candidate.distanceM <= DUPLICATE_RADIUS_M)
    .sort((a, b) => a.distanceM - b.distanceM);
}
