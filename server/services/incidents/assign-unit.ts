import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { units } from "@/db/schema";
import type { AssignUnitInput } from "@/lib/domain/incidents";
import type { AuthSession } from "@/server/auth/auth-session";
import { recordAudit, type Actor } from "@/server/audit/record-audit";
import { InvalidInputError } from "@/server/services/errors";
import { unitForChange } from "@/server/services/units/unit-for-change";
import { incidentFollowsUnit } from "./follow-units";
import { appendIncidentEvent } from "./incident-events";
import { incidentForChange } from "./incident-for-change";
import { unitUnavailable } from "./unit-unavailable";

/**
 * Sends a unit to an incident. The guard against double assignment is ONE conditional UPDATE
 * (`WHERE id = $1 AND status = 'available'`): when two dispatchers press at the same moment the
 * database lets exactly one of them change the row; the other updates nothing and is told who
 * was faster. No lock outlives the request.
 */
export async function assignUnit(db: Db, session: AuthSession, actor: Actor, input: AssignUnitInput) {
  return db.transaction(async (tx) => {
    const before = await unitForChange(tx, session, input.unitId);
    const [unit] = await tx
      .update(units)
      .set({ status: "dispatched", incidentId: input.incidentId, destinationId: null, version: sql`${units.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(units.id, input.unitId), eq(units.status, "available")))
      .returning();
    if (!unit) throw await unitUnavailable(tx, input.unitId, input.incidentId);
    // Read after the unit's UPDATE: its live-row trigger serialises live writers, so this is the latest incident.
    const incident = await incidentForChange(tx, session, input.incidentId);
    if (incident.status === "cleared" || incident.status === "closed") throw new InvalidInputError("This incident is already cleared; units can no longer be sent to it.");
    const overridden = input.recommendedUnitId !== null && input.recommendedUnitId !== input.unitId;
    await appendIncidentEvent(tx, incident.id, actor, "unit_assigned", { unitId: unit.id, callsign: unit.callsign, unitType: unit.type, recommended: !overridden });
    if (overridden) {
      await appendIncidentEvent(tx, incident.id, actor, "recommendation_overridden", {
        recommendedUnitId: input.recommendedUnitId,
        chosenUnitId: unit.id,
        reason: input.overrideReason ?? null,
      });
    }
    await incidentFollowsUnit(tx, incident.id, "dispatched", actor);
    await recordAudit(tx, actor, {
      action: "incidents.assignUnit",
      entityKind: "incident",
      entityId: incident.id,
      after: { unitId: unit.id, unitStatusBefore: before.status, ...(overridden && { overrides: input.recommendedUnitId, overrideReason: input.overrideReason ?? null }) },
    });
    return unit;
  });
}
