import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { incidentEvents, incidents } from "@/db/schema";
import { withinScope, type AgencyScope } from "@/server/auth/agency-scope";
import { NotFoundError } from "@/server/services/errors";
import { incidentOrigin } from "./incident-origin";

/** Every entry of an incident's append-only timeline, oldest first, with the incident and the record it came from. */
export async function incidentTimeline(db: Db, scopes: { incidents: AgencyScope; alerts: AgencyScope }, id: string) {
  const [incident] = await db
    .select()
    .from(incidents)
    .where(and(eq(incidents.id, id), withinScope(incidents.agencyId, scopes.incidents)));
  if (!incident) throw new NotFoundError("That incident");
  const events = await db
    .select({ id: incidentEvents.id, at: incidentEvents.at, kind: incidentEvents.kind, actor: incidentEvents.actor, data: incidentEvents.data })
    .from(incidentEvents)
    .where(eq(incidentEvents.incidentId, id))
    .orderBy(asc(incidentEvents.at), asc(incidentEvents.id));
  return { incident, events, origin: await incidentOrigin(db, scopes, incident) };
}
