import type { Db } from "@/db/client";
import type { UpdateIncidentDetailsInput } from "@/lib/domain/incidents";
import type { AuthSession } from "@/server/auth/auth-session";
import { recordAudit, type Actor } from "@/server/audit/record-audit";
import { cityWards } from "@/server/dispatch/city-wards";
import { InvalidInputError } from "@/server/services/errors";
import { incidentTitle } from "./create-incident";
import { appendIncidentEvent } from "./incident-events";
import { incidentForChange } from "./incident-for-change";
import { updateIncidentRow } from "./update-incident-row";

const DETAIL_FIELDS = ["type", "priority", "lon", "lat", "address", "description", "callerName", "callerPhone"] as const;

/** The call-taker confirms or corrects an incoming call (type, priority, place, caller) before dispatching. */
export async function updateIncidentDetails(db: Db, session: AuthSession, actor: Actor, input: UpdateIncidentDetailsInput) {
  const located = await cityWards(db).locate(input.lon, input.lat);
  return db.transaction(async (tx) => {
    const before = await incidentForChange(tx, session, input.id);
    if (before.status === "closed") throw new InvalidInputError("A closed incident cannot be edited.");
    const after = await updateIncidentRow(tx, input, {
      type: input.type,
      priority: input.priority,
      title: incidentTitle(input.type, input.address),
      description: input.description ?? null,
      ...located,
      address: input.address ?? null,
      callerName: input.callerName ?? null,
      callerPhone: input.callerPhone ?? null,
    });
    const changed = DETAIL_FIELDS.filter((field) => before[field] !== after[field]);
    await appendIncidentEvent(tx, input.id, actor, "details_changed", Object.fromEntries(changed.map((field) => [field, { from: before[field], to: after[field] }])));
    await recordAudit(tx, actor, { action: "incidents.updateDetails", entityKind: "incident", entityId: input.id, before, after });
    return after;
  });
}
