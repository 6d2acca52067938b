import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { userAlertMutes } from "@/db/schema";
import type { SetAlertMuteInput } from "@/lib/domain/alerts";
import type { AuthSession } from "@/server/auth/auth-session";
import { recordAudit, type Actor } from "@/server/audit/record-audit";
import { muteOwner } from "./alert-mute-owner";

/** Mutes or unmutes a category for the caller alone; setting what is already set changes nothing but is still recorded. */
export async function setAlertMute(db: Db, session: AuthSession, actor: Actor, input: SetAlertMuteInput) {
  const owner = muteOwner(session);
  const category = { categoryKind: input.categoryKind, category: input.category };
  return db.transaction(async (tx) => {
    if (input.muted) {
      await tx.insert(userAlertMutes).values({ ...owner.columns, ...category }).onConflictDoNothing();
    } else {
      await tx
        .delete(userAlertMutes)
        .where(and(owner.where, eq(userAlertMutes.categoryKind, input.categoryKind), eq(userAlertMutes.category, input.category)));
    }
    await recordAudit(tx, actor, { action: "alerts.setMute", entityKind: "alert_mute", entityId: `${input.categoryKind}:${input.category}`, after: { muted: input.muted } });
    return { ...category, muted: input.muted };
  });
}
