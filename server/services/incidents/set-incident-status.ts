import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { units } from "@/db/schema";
import { UNIT_DRIVEN_STATUSES } from "@/lib/domain/incident-lifecycle";
import { INCIDENT_STATUS_LABELS, type SetIncidentStatusInput } from "@/lib/domain/incidents";
import type { AuthSession } from "@/server/auth/auth-session";
import { recordAudit, type Actor } from "@/server/audit/record-audit";
import { ConflictError, InvalidInputError } from "@/server/services/errors";
import { leaveIncident } from "@/server/services/units/leave-incident";
import { incidentForChange } from "./incident-for-change";
import { moveIncident } from "./move-incident";

/**
 * A dispatcher clears or closes an incident. The earlier steps follow the units (assign one, or
 * set a unit en route / on scene), so the incident never claims what its units have not done.
 * Clearing sends every unit still on it back to available.
 */
export async function setIncidentStatus(db: Db, session: AuthSession, actor: Actor, input: SetIncidentStatusInput) {
  if (UNIT_DRIVEN_STATUSES.includes(input.status)) {
    throw new InvalidInputError(`An incident becomes ${INCIDENT_STATUS_LABELS[input.status].toLowerCase()} through its units: assign a unit or set a unit's status.`);
  }
  return db.transaction(async (tx) => {
    const before = await incidentForChange(tx, session, input.id);
    if (before.version !== input.version) throw new ConflictError("Someone else changed this incident a moment ago; look at it again and retry.");
    if (input.status === "cleared") {
      for (const unit of await tx.select().from(units).where(eq(units.incidentId, input.id))) {
        await leaveIncident(tx, { ...unit, incidentId: input.id }, actor, "The incident was cleared", { followIncident: false });
      }
    }
    const after = await moveIncident(tx, before, input.status, actor, input.note);
    await recordAudit(tx, actor, { action: "incidents.setStatus", entityKind: "incident", entityId: input.id, before, after });
    return after;
  });
}
