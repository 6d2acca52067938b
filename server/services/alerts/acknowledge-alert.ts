import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { alerts } from "@/db/schema";
import type { AcknowledgeAlertInput } from "@/lib/domain/alerts";
import type { AuthSession } from "@/server/auth/auth-session";
import { recordAudit, type Actor } from "@/server/audit/record-audit";
import { ConflictError } from "@/server/services/errors";
import { auditedAlert, openAlertForChange } from "./alert-for-change";

/** "I have it": who, when, and what they are doing about it. */
export async function acknowledgeAlert(db: Db, session: AuthSession, actor: Actor, input: AcknowledgeAlertInput) {
  return db.transaction(async (tx) => {
    const before = await openAlertForChange(tx, session, input.id);
    if (before.status !== "open") throw new ConflictError(`${before.acknowledgedBy ?? "Someone"} already acknowledged this alert.`);
    const now = new Date();
    const [after] = await tx
      .update(alerts)
      .set({ status: "acknowledged", acknowledgedAt: now, acknowledgedBy: actor.label, acknowledgedComment: input.comment, version: sql`${alerts.version} + 1`, updatedAt: now })
      .where(eq(alerts.id, input.id))
      .returning();
    await recordAudit(tx, actor, { action: "alerts.acknowledge", entityKind: "alert", entityId: input.id, before: auditedAlert(before), after: auditedAlert(after!) });
    return after!;
  });
}
