import { and, desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { incidentEvents, incidents } from "@/db/schema";
import type { IncidentEventsInput } from "@/lib/domain/map";
import { withinScope, type AgencyScope } from "@/server/auth/agency-scope";

/** The drawer shows the latest steps; the dispatch console has the full timeline. */
const RECENT = 8;

/** An incident's latest timeline entries; one outside the caller's scope has none, as if it did not exist. */
export function listIncidentEvents(db: Db, scope: AgencyScope, { incidentId }: IncidentEventsInput) {
  return db
    .select({ id: incidentEvents.id, at: incidentEvents.at, kind: incidentEvents.kind, actor: incidentEvents.actor })
    .from(incidentEvents)
    .innerJoin(incidents, eq(incidents.id, incidentEvents.incidentId))
    .where(and(eq(incidentEvents.incidentId, incidentId), withinScope(incidents.agencyId, scope)))
    .orderBy(desc(incidentEvents.at), desc(incidentEvents.id))
    .limit(RECENT);
}
