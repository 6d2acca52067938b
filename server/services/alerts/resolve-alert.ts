import type { Db } from "@/db/client";
import type { ResolveAlertInput } from "@/lib/domain/alerts";
import type { AuthSession } from "@/server/auth/auth-session";
import type { Actor } from "@/server/audit/record-audit";
import { openAlertForChange, saveAlertChange } from "./alert-for-change";

/** Resolved by hand, with the reason. The rules engine leaves it resolved until the condition crosses again. */
export async function resolveAlert(db: Db, session: AuthSession, actor: Actor, input: ResolveAlertInput) {
  return db.transaction(async (tx) => {
    const before = await openAlertForChange(tx, session, input.id);
    return saveAlertChange(tx, actor, "alerts.resolve", before, { status: "resolved", resolvedAt: new Date(), resolvedBy: actor.label, resolveReason: input.reason });
  });
}
