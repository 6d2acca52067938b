import type { Db } from "@/db/client";
import type { AuthSession } from "@/server/auth/auth-session";
import { endSession } from "@/server/auth/sessions";
import { recordAudit, type Actor } from "@/server/audit/record-audit";

export async function signOut(db: Db, session: AuthSession, actor: Actor) {
  await db.transaction(async (tx) => {
    await endSession(tx, session.sessionId);
    await recordAudit(tx, actor, { action: "auth.signOut", entityKind: "session", entityId: session.userId ?? session.displayTokenId });
  });
}
