import type { Db } from "@/db/client";
import type { AddIncidentNoteInput } from "@/lib/domain/incidents";
import type { AuthSession } from "@/server/auth/auth-session";
import { recordAudit, type Actor } from "@/server/audit/record-audit";
import { appendIncidentEvent } from "./incident-events";
import { incidentForChange } from "./incident-for-change";

/** A free-text entry on the incident's timeline: what the caller added, what a crew radioed. */
export async function addIncidentNote(db: Db, session: AuthSession, actor: Actor, input: AddIncidentNoteInput) {
  return db.transaction(async (tx) => {
    await incidentForChange(tx, session, input.id);
    await appendIncidentEvent(tx, input.id, actor, "note", { text: input.text });
    await recordAudit(tx, actor, { action: "incidents.addNote", entityKind: "incident", entityId: input.id, after: { text: input.text } });
    return { ok: true as const };
  });
}
