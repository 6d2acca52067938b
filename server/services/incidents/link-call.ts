import type { Db } from "@/db/client";
import type { LinkCallInput } from "@/lib/domain/incidents";
import type { AuthSession } from "@/server/auth/auth-session";
import { recordAudit, type Actor } from "@/server/audit/record-audit";
import { InvalidInputError } from "@/server/services/errors";
import { appendIncidentEvent } from "./incident-events";
import { incidentForChange } from "./incident-for-change";
import { moveIncident } from "./move-incident";

/**
 * Another call about an incident already logged is linked to it instead of becoming a second
 * incident. An incoming call that turns out to be one (a `new` incident from the call feed) is
 * cleared and closed as merged, with a pointer to the incident it joined.
 */
export async function linkCall(db: Db, session: AuthSession, actor: Actor, input: LinkCallInput) {
  return db.transaction(async (tx) => {
    const incident = await incidentForChange(tx, session, input.id);
    if (incident.status === "closed") throw new InvalidInputError("This incident is closed; log the call as a new incident.");
    let caller = { callerName: input.callerName ?? null, callerPhone: input.callerPhone ?? null, description: input.description ?? null };
    if (input.fromIncidentId) {
      if (input.fromIncidentId === input.id) throw new InvalidInputError("A call cannot be linked to itself.");
      const call = await incidentForChange(tx, session, input.fromIncidentId);
      if (call.status !== "new") throw new InvalidInputError("Only a call nobody has been dispatched to can be merged into another incident.");
      caller = { callerName: caller.callerName ?? call.callerName, callerPhone: caller.callerPhone ?? call.callerPhone, description: caller.description ?? call.description };
      await appendIncidentEvent(tx, call.id, actor, "merged_into", { incidentId: incident.id, title: incident.title });
      const cleared = await moveIncident(tx, call, "cleared", actor, "Duplicate call, merged into another incident.");
      await moveIncident(tx, cleared, "closed", actor);
    }
    await appendIncidentEvent(tx, incident.id, actor, "call_linked", { ...caller, fromIncidentId: input.fromIncidentId ?? null });
    await recordAudit(tx, actor, { action: "incidents.linkCall", entityKind: "incident", entityId: incident.id, after: { ...caller, fromIncidentId: input.fromIncidentId ?? null } });
    return { ok: true as const };
  });
}
