import { and, desc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { incidentEvents, units } from "@/db/schema";
import { UNIT_STATUS_LABELS } from "@/lib/domain/units";
import { ConflictError } from "@/server/services/errors";

/** An assignment this recent is "just" made: the other dispatcher was a moment faster. */
const JUST_MS = 2 * 60_000;

/**
 * Why a unit could not be assigned, read after the conditional UPDATE found it no longer
 * available: who took it, and when. The other incident is not named: it may belong to an agency
 * the caller cannot see.
 */
export async function unitUnavailable(db: Db, unitId: string, incidentId: string): Promise<ConflictError> {
  const [unit] = await db.select({ status: units.status, incidentId: units.incidentId }).from(units).where(eq(units.id, unitId));
  if (!unit) return new ConflictError(`Unit ${unitId} no longer exists.`);
  if (unit.incidentId === incidentId) return new ConflictError(`Unit ${unitId} is already assigned to this incident.`);
  if (!unit.incidentId) return new ConflictError(`Unit ${unitId} is ${UNIT_STATUS_LABELS[unit.status].toLowerCase()} and cannot be assigned.`);
  const [assignment] = await db
    .select({ actor: incidentEvents.actor, at: incidentEvents.at })
    .from(incidentEvents)
    .where(and(eq(incidentEvents.incidentId, unit.incidentId), eq(incidentEvents.kind, "unit_assigned"), sql`${incidentEvents.data}->>'unitId' = ${unitId}`))
    .orderBy(desc(incidentEvents.id))
    .limit(1);
  if (!assignment) return new ConflictError(`Unit ${unitId} is already assigned to another incident.`);
  if (Date.now() - assignment.at.getTime() < JUST_MS) {
    return new ConflictError(`Unit ${unitId} was just assigned to another incident by ${assignment.actor}. Pick another unit.`);
  }
  return new ConflictError(`Unit ${unitId} is already assigned to another incident (by ${assignment.actor}, ${assignment.at.toISOString().slice(11, 16)} UTC).`);
}
