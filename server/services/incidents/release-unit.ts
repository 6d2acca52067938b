import type { Db } from "@/db/client";
import type { ReleaseUnitInput } from "@/lib/domain/incidents";
import type { AuthSession } from "@/server/auth/auth-session";
import { recordAudit, type Actor } from "@/server/audit/record-audit";
import { InvalidInputError } from "@/server/services/errors";
import { leaveIncident } from "@/server/services/units/leave-incident";
import { unitForChange } from "@/server/services/units/unit-for-change";
import { incidentForChange } from "./incident-for-change";

/** A dispatcher takes a unit off an incident; it is available for the next call at once. */
export async function releaseUnit(db: Db, session: AuthSession, actor: Actor, input: ReleaseUnitInput) {
  return db.transaction(async (tx) => {
    await incidentForChange(tx, session, input.incidentId);
    const unit = await unitForChange(tx, session, input.unitId);
    if (unit.incidentId !== input.incidentId) throw new InvalidInputError(`Unit ${unit.id} is not assigned to this incident.`);
    const after = await leaveIncident(tx, { ...unit, incidentId: unit.incidentId }, actor, input.reason ?? "Released by the dispatcher");
    await recordAudit(tx, actor, { action: "incidents.releaseUnit", entityKind: "incident", entityId: input.incidentId, after: { unitId: unit.id, reason: input.reason ?? null } });
    return after;
  });
}
