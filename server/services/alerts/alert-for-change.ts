import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { alerts } from "@/db/schema";
import { assertMayChange } from "@/server/auth/agency-scope";
import type { AuthSession } from "@/server/auth/auth-session";
import { recordAudit, type Actor } from "@/server/audit/record-audit";
import { ConflictError, NotFoundError } from "@/server/services/errors";

/**
 * The alert a person is about to change, locked for the rest of the transaction so the rules
 * engine (or a colleague) cannot change it in between. Only its agency (or the command center)
 * may change it, and never once it is resolved.
 */
export async function openAlertForChange(tx: Db, session: AuthSession, id: string) {
  const [alert] = await tx.select().from(alerts).where(eq(alerts.id, id)).for("update");
  if (!alert) throw new NotFoundError("That alert");
  assertMayChange(session, alert.agencyId);
  if (alert.status === "resolved") throw new ConflictError(`This alert was already resolved${alert.resolvedBy ? ` by ${alert.resolvedBy}` : ""}.`);
  return alert;
}

type AlertRow = typeof alerts.$inferSelect;

/** Applies a person's change to the locked alert, with its one audit entry, in the caller's transaction. */
export async function saveAlertChange(tx: Db, actor: Actor, action: string, before: AlertRow, changes: Partial<typeof alerts.$inferInsert>): Promise<AlertRow> {
  const [after] = await tx
    .update(alerts)
    .set({ ...changes, version: sql`${alerts.version} + 1`, updatedAt: new Date() })
    .where(eq(alerts.id, before.id))
    .returning();
  await recordAudit(tx, actor, { action, entityKind: "alert", entityId: before.id, before: auditedAlert(before), after: auditedAlert(after!) });
  return after!;
}

/** The fields an audit entry keeps of an alert. */
const auditedAlert = (alert: AlertRow) => ({
  status: alert.status,
  severity: alert.severity,
  acknowledgedBy: alert.acknowledgedBy,
  acknowledgedComment: alert.acknowledgedComment,
  resolvedBy: alert.resolvedBy,
  resolveReason: alert.resolveReason,
  incidentId: alert.incidentId,
});
