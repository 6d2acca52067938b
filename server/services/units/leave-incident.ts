import type { Db } from "@/db/client";
import type { Unit } from "@/db/schema";
import type { Actor } from "@/server/audit/record-audit";
import { incidentAfterUnitLeft } from "@/server/services/incidents/follow-units";
import { appendIncidentEvent } from "@/server/services/incidents/incident-events";
import { updateUnitRow } from "./update-unit-row";

/**
 * A unit leaves its incident and is available again: released by a dispatcher, cleared by its
 * crew, or moved to another incident. `followIncident: false` when the caller settles the
 * incident's status itself (clearing it releases every unit first).
 */
export async function leaveIncident(db: Db, unit: Unit & { incidentId: string }, actor: Actor, reason: string, { followIncident = true } = {}): Promise<Unit> {
  const after = await updateUnitRow(db, unit, { status: "available", incidentId: null, destinationId: null });
  await appendIncidentEvent(db, unit.incidentId, actor, "unit_released", { unitId: unit.id, callsign: unit.callsign, from: unit.status, reason });
  if (followIncident) await incidentAfterUnitLeft(db, unit.incidentId, actor);
  return after;
}
