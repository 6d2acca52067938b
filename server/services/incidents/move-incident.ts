import type { Db } from "@/db/client";
import type { Incident } from "@/db/schema";
import { assertTransition, STATUS_TIMESTAMP } from "@/lib/domain/incident-lifecycle";
import type { IncidentStatus } from "@/lib/domain/incidents";
import type { Actor } from "@/server/audit/record-audit";
import { InvalidInputError } from "@/server/services/errors";
import { appendIncidentEvent } from "./incident-events";
import { updateIncidentRow } from "./update-incident-row";

/**
 * Moves an incident to `status` if the lifecycle allows it, stamping the step's time the first
 * time it is reached (a second dispatch keeps the first: NFPA 1225 measures to the first unit).
 */
export async function moveIncident(db: Db, incident: Incident, status: IncidentStatus, actor: Actor, note?: string): Promise<Incident> {
  assertTransition(incident.status, status, (message) => new InvalidInputError(message));
  const stamp = status in STATUS_TIMESTAMP ? STATUS_TIMESTAMP[status as keyof typeof STATUS_TIMESTAMP] : null;
  const after = await updateIncidentRow(db, incident, { status, ...(stamp && !incident[stamp] && { [stamp]: new Date() }) });
  await appendIncidentEvent(db, incident.id, actor, "status_changed", { from: incident.status, to: status, ...(note && { note }) });
  return after;
}
