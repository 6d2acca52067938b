import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { alerts } from "@/db/schema";
import type { ResolveAlertInput } from "@/lib/domain/alerts";
import type { AuthSession } from "@/server/auth/auth-session";
import { recordAudit, type Actor } from "@/server/audit/record-audit";
import { auditedAlert, openAlertForChange } from "./alert-for-change";

/** Resolved by hand, with the reason. The rules engine leaves it resolved until the condition crosses again. */
export async function resolveAlert(db: Db, session: AuthSession, actor: Actor, input: ResolveAlertInput) {
  return db.transaction(async (tx) => {
    const before = await openAlertForChange(tx, session, input.id);
    const now = new Date();
    const [after] = await tx
      .update(alerts)
      .set({ status: "resolved", resolvedAt: now, resolvedBy: actor.label, resolveReason: input.reason, version: sql`${alerts.version} + 1`, updatedAt: now })
      .where(eq(alerts.id, input.id))
      .returning();
    await recordAudit(tx, actor, { action: "alerts.resolve", entityKind: "alert", entityId: input.id, before: auditedAlert(before), after: auditedAlert(after!) });
    return after!;
  });
}
