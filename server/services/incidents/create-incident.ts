import type { Db } from "@/db/client";
import { incidents } from "@/db/schema";
import { COMMAND_AGENCY_KIND } from "@/lib/domain/access";
import { INCIDENT_TYPE_LABELS, type CreateIncidentInput } from "@/lib/domain/incidents";
import type { AuthSession } from "@/server/auth/auth-session";
import { recordAudit, type Actor } from "@/server/audit/record-audit";
import { cityWards } from "@/server/dispatch/city-wards";
import { incidentAgencies } from "@/server/ingest/places/incident-agency";
import { appendIncidentEvent } from "./incident-events";

/** A browser clock may be off; an answer time further back than this is not believed. */
const MAX_ANSWER_AGE_MS = 15 * 60_000;

/**
 * Logs a call taken at the console as a new incident. A command-center call-taker files it with
 * the agency that answers its type (as ingested calls are); anyone else files it with their own.
 */
export async function createIncident(db: Db, session: AuthSession, actor: Actor, input: CreateIncidentInput) {
  const agencyId =
    session.agencyKind === COMMAND_AGENCY_KIND ? ((await incidentAgencies(db))(input.type) ?? session.agencyId) : session.agencyId;
  const located = await cityWards(db).locate(input.lon, input.lat);
  const now = Date.now();
  const answered = input.answeredAt?.getTime() ?? now;
  const reportedAt = new Date(Math.min(now, Math.max(answered, now - MAX_ANSWER_AGE_MS)));
  return db.transaction(async (tx) => {
    const [incident] = await tx
      .insert(incidents)
      .values({
        agencyId,
        type: input.type,
        priority: input.priority,
        title: incidentTitle(input.type, input.address),
        description: input.description,
        ...located,
        address: input.address,
        source: "call",
        callerName: input.callerName,
        callerPhone: input.callerPhone,
        reportedAt,
      })
      .returning();
    await appendIncidentEvent(tx, incident!.id, actor, "created", { type: input.type, priority: input.priority, address: input.address ?? null });
    await recordAudit(tx, actor, { action: "incidents.create", entityKind: "incident", entityId: incident!.id, after: incident });
    return incident!;
  });
}

/** "Fire at Moi Avenue / Kenyatta Avenue": what a list shows before anyone writes a description. */
export function incidentTitle(type: keyof typeof INCIDENT_TYPE_LABELS, address: string | undefined) {
  return `${INCIDENT_TYPE_LABELS[type]}${address ? ` at ${address}` : ""}`.slice(0, 200);
}
