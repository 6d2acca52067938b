import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { incidentEvents, incidents } from "@/db/schema";
import type { IncidentEventKind } from "@/lib/domain/incidents";
import type { Actor } from "@/server/audit/record-audit";

/**
 * Appends one entry to an incident's timeline, and touches the incident row so its `seq` moves:
 * every console showing the incident hears of the change (notes and second units included)
 * through the live stream and reloads the timeline.
 */
export async function appendIncidentEvent(db: Db, incidentId: string, actor: Actor, kind: IncidentEventKind, data: Record<string, unknown> = {}) {
  await db.insert(incidentEvents).values({ incidentId, actor: actor.label, kind, data });
  await db.update(incidents).set({ updatedAt: sql`now()` }).where(eq(incidents.id, incidentId));
}
