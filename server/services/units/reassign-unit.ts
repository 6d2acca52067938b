import type { Db } from "@/db/client";
import type { ReassignUnitInput } from "@/lib/domain/units";
import type { AuthSession } from "@/server/auth/auth-session";
import { recordAudit, type Actor } from "@/server/audit/record-audit";
import { InvalidInputError } from "@/server/services/errors";
import { incidentAfterUnitLeft, incidentFollowsUnit } from "@/server/services/incidents/follow-units";
import { appendIncidentEvent } from "@/server/services/incidents/incident-events";
import { incidentForChange } from "@/server/services/incidents/incident-for-change";
import { unitForChange } from "./unit-for-change";
import { updateUnitRow } from "./update-unit-row";

/** Diverts a unit already working one incident to another (a P1 needs it more): one change, both timelines. */
export async function reassignUnit(db: Db, session: AuthSession, actor: Actor, input: ReassignUnitInput) {
  return db.transaction(async (tx) => {
    const unit = await unitForChange(tx, session, input.unitId);
    const fromIncidentId = unit.incidentId;
    if (!fromIncidentId) throw new InvalidInputError(`Unit ${unit.id} is not on an incident; assign it instead.`);
    if (fromIncidentId === input.toIncidentId) throw new InvalidInputError(`Unit ${unit.id} is already on this incident.`);
    const target = await incidentForChange(tx, session, input.toIncidentId);
    if (target.status === "cleared" || target.status === "closed") throw new InvalidInputError("That incident is already cleared; units can no longer be sent to it.");
    const after = await updateUnitRow(tx, { id: unit.id, version: input.version }, { status: "dispatched", incidentId: target.id, destinationId: null });
    await appendIncidentEvent(tx, fromIncidentId, actor, "unit_released", { unitId: unit.id, callsign: unit.callsign, from: unit.status, reason: `Reassigned to ${target.title}`, toIncidentId: target.id });
    await incidentAfterUnitLeft(tx, fromIncidentId, actor);
    await appendIncidentEvent(tx, target.id, actor, "unit_assigned", { unitId: unit.id, callsign: unit.callsign, unitType: unit.type, reassignedFrom: fromIncidentId });
    await incidentFollowsUnit(tx, target.id, "dispatched", actor);
    await recordAudit(tx, actor, { action: "units.reassign", entityKind: "unit", entityId: unit.id, before: { incidentId: fromIncidentId }, after: { incidentId: target.id } });
    return after;
  });
}
