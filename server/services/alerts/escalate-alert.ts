/**
 * Turns an alert into an incident in one action. The incident says where it came from (source
 * "sensor_alert", source_ref = the alert's id) and the alert links to it; an open alert counts as
 * acknowledged by the escalation. Incident, timeline entry, alert and audit commit together.
 */
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { alerts, incidents } from "@/db/schema";
import { COMMAND_AGENCY_KIND } from "@/lib/domain/access";
import type { EscalateAlertInput } from "@/lib/domain/alerts";
import type { AuthSession } from "@/server/auth/auth-session";
import type { Actor } from "@/server/audit/record-audit";
import { cityWards } from "@/server/dispatch/city-wards";
import { incidentAgencies } from "@/server/ingest/places/incident-agency";
import { ConflictError, InvalidInputError, NotFoundError } from "@/server/services/errors";
import { appendIncidentEvent } from "@/server/services/incidents/incident-events";
import { incidentTitle } from "@/server/services/incidents/create-incident";
import { openAlertForChange, saveAlertChange } from "./alert-for-change";
import { incidentPlace, incidentTypeFor, PRIORITY_FOR_SEVERITY } from "./incident-from-alert";

export async function escalateAlert(db: Db, session: AuthSession, actor: Actor, input: EscalateAlertInput) {
  // Reference data first: PGlite runs one transaction at a time, so nothing outside it may be read inside it.
  const [peek] = await db.select().from(alerts).where(eq(alerts.id, input.id));
  if (!peek) throw new NotFoundError("That alert");
  const place = incidentPlace(peek.area);
  if (!place) throw new InvalidInputError("This alert has no place on the map, so it cannot become an incident; log a call instead.");
  const type = input.type ?? incidentTypeFor(peek);
  // As for calls taken at the console: the command center files with the agency that answers the type.
  const agencyId = session.agencyKind === COMMAND_AGENCY_KIND ? ((await incidentAgencies(db))(type) ?? session.agencyId) : session.agencyId;
  const located = await cityWards(db).locate(place[0]!, place[1]!);

  return db.transaction(async (tx) => {
    const before = await openAlertForChange(tx, session, input.id);
    if (before.incidentId) throw new ConflictError("This alert has already been escalated to an incident.");
    const now = new Date();
    const priority = input.priority ?? PRIORITY_FOR_SEVERITY[before.severity];
    const [incident] = await tx
      .insert(incidents)
      .values({
        agencyId,
        type,
        priority,
        title: incidentTitle(type, before.areaDesc ?? undefined),
        description: [before.title, before.description].filter(Boolean).join("\n"),
        ...located,
        address: before.areaDesc,
        source: "sensor_alert",
        sourceRef: before.id,
        reportedAt: now,
      })
      .returning();
    await appendIncidentEvent(tx, incident!.id, actor, "created", { type, priority, fromAlert: before.id });
    const acknowledged = before.status === "open" ? { status: "acknowledged" as const, acknowledgedAt: now, acknowledgedBy: actor.label, acknowledgedComment: "Escalated to an incident." } : {};
    const after = await saveAlertChange(tx, actor, "alerts.escalate", before, { ...acknowledged, incidentId: incident!.id });
    return { alert: after, incident: incident! };
  });
}
