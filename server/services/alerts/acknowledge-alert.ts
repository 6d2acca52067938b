import type { Db } from "@/db/client";
import type { AcknowledgeAlertInput } from "@/lib/domain/alerts";
import type { AuthSession } from "@/server/auth/auth-session";
import type { Actor } from "@/server/audit/record-audit";
import { ConflictError } from "@/server/services/errors";
import { openAlertForChange, saveAlertChange } from "./alert-for-change";

/** "I have it": who, when, and what they are doing about it. */
export async function acknowledgeAlert(db: Db, session: AuthSession, actor: Actor, input: AcknowledgeAlertInput) {
  return db.transaction(async (tx) => {
    const before = await openAlertForChange(tx, session, input.id);
    if (before.status !== "open") throw new ConflictError(`${before.acknowledgedBy ?? "Someone"} already acknowledged this alert.`);
    return saveAlertChange(tx, actor, "alerts.acknowledge", before, {
      status: "acknowledged",
      acknowledgedAt: new Date(),
      acknowledgedBy: actor.label,
      acknowledgedComment: input.comment,
    });
  });
}
