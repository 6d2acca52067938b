/**
 * An incident's status follows its units: it is as far along as its most advanced unit, and
 * when its last unit leaves it goes back to waiting for dispatch (if none had arrived) or is
 * cleared (if they had done their work).
 */
import { count, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { incidents, units } from "@/db/schema";
import { isLegalTransition } from "@/lib/domain/incident-lifecycle";
import { INCIDENT_STATUSES, type IncidentStatus } from "@/lib/domain/incidents";
import type { Actor } from "@/server/audit/record-audit";
import { moveIncident } from "./move-incident";

const stepOf = (status: IncidentStatus) => INCIDENT_STATUSES.indexOf(status);

/** A unit reached `step`: the incident moves there too unless it is already as far. */
export async function incidentFollowsUnit(db: Db, incidentId: string, step: "dispatched" | "en_route" | "on_scene" | "transporting", actor: Actor) {
  const [incident] = await db.select().from(incidents).where(eq(incidents.id, incidentId));
  if (incident && stepOf(incident.status) < stepOf(step) && isLegalTransition(incident.status, step)) await moveIncident(db, incident, step, actor);
}

/** A unit left the incident: if it was the last one, the incident waits for dispatch again or is cleared. */
export async function incidentAfterUnitLeft(db: Db, incidentId: string, actor: Actor) {
  const [{ remaining }] = (await db.select({ remaining: count() }).from(units).where(eq(units.incidentId, incidentId))) as [{ remaining: number }];
  if (remaining > 0) return;
  const [incident] = await db.select().from(incidents).where(eq(incidents.id, incidentId));
  if (!incident) return;
  if (incident.status === "dispatched" || incident.status === "en_route") await moveIncident(db, incident, "new", actor, "Every unit was released before arriving.");
  else if (incident.status === "on_scene" || incident.status === "transporting") await moveIncident(db, incident, "cleared", actor, "The last unit cleared.");
}
