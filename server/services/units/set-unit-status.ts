import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { pois, type Unit } from "@/db/schema";
import { UNIT_STATUS_LABELS, unitTransitionRefusal, type SetUnitStatusInput } from "@/lib/domain/units";
import type { AuthSession } from "@/server/auth/auth-session";
import { recordAudit, type Actor } from "@/server/audit/record-audit";
import { nearestReceivingHospital } from "@/server/dispatch/nearest-hospital";
import { ConflictError, InvalidInputError } from "@/server/services/errors";
import { incidentFollowsUnit } from "@/server/services/incidents/follow-units";
import { appendIncidentEvent } from "@/server/services/incidents/incident-events";
import { leaveIncident } from "./leave-incident";
import { unitForChange } from "./unit-for-change";
import { updateUnitRow } from "./update-unit-row";

/**
 * A crew's status, as it radios it in (or the simulated crews report it): en route, on scene,
 * transporting (an ambulance leaving the scene for hospital), at hospital, available, out of
 * service. The unit's incident follows.
 */
export async function setUnitStatus(db: Db, session: AuthSession, actor: Actor, input: SetUnitStatusInput) {
  return db.transaction(async (tx) => {
    const unit = await unitForChange(tx, session, input.unitId);
    if (unit.version !== input.version) {
      throw new ConflictError(`Unit ${unit.id} changed a moment ago (now ${UNIT_STATUS_LABELS[unit.status].toLowerCase()}); look at it again and retry.`);
    }
    const refusal = unitTransitionRefusal(unit.status, input.status);
    if (refusal) throw new InvalidInputError(refusal);
    const after =
      input.status === "available" && unit.incidentId
        ? await leaveIncident(tx, { ...unit, incidentId: unit.incidentId }, actor, input.note ?? "Cleared by the crew")
        : await moveUnit(tx, unit, input, actor);
    await recordAudit(tx, actor, {
      action: "units.setStatus",
      entityKind: "unit",
      entityId: unit.id,
      before: { status: unit.status, incidentId: unit.incidentId, destinationId: unit.destinationId },
      after: { status: after.status, incidentId: after.incidentId, destinationId: after.destinationId },
    });
    return after;
  });
}

async function moveUnit(db: Db, unit: Unit, input: SetUnitStatusInput, actor: Actor): Promise<Unit> {
  const transport = unit.status === "on_scene" && input.status === "en_route";
  if (transport && unit.type !== "ambulance") throw new InvalidInputError("Only an ambulance leaves a scene to transport a patient.");
  if (input.status === "at_hospital" && !unit.destinationId) throw new InvalidInputError("Only an ambulance transporting a patient arrives at hospital.");
  const hospital = transport ? await transportDestination(db, unit, input.hospitalId) : null;
  const after = await updateUnitRow(db, unit, {
    status: input.status,
    destinationId: hospital?.id ?? (input.status === "at_hospital" ? unit.destinationId : null),
  });
  if (unit.incidentId) {
    await appendIncidentEvent(db, unit.incidentId, actor, "unit_status", {
      unitId: unit.id,
      callsign: unit.callsign,
      from: unit.status,
      to: input.status,
      ...(hospital && { transportingTo: hospital.name }),
      ...(input.note && { note: input.note }),
    });
    const step = transport ? "transporting" : input.status === "en_route" || input.status === "on_scene" ? input.status : null;
    if (step) await incidentFollowsUnit(db, unit.incidentId, step, actor);
  }
  return after;
}

async function transportDestination(db: Db, unit: Unit, hospitalId: string | undefined) {
  if (!hospitalId) {
    const nearest = await nearestReceivingHospital(db, unit.lon, unit.lat);
    if (!nearest) throw new InvalidInputError("No hospital is known to transport to.");
    return nearest;
  }
  const [hospital] = await db.select({ id: pois.id, name: pois.name }).from(pois).where(and(eq(pois.id, hospitalId), eq(pois.kind, "hospital")));
  if (!hospital) throw new InvalidInputError("That is not a hospital CityDeck knows.");
  return hospital;
}
