import { eq } from "drizzle-orm";
import { userAlertMutes } from "@/db/schema";
import type { AuthSession } from "@/server/auth/auth-session";

/** Mutes belong to the person signed in, or to the kiosk display: never to anyone else. */
export function muteOwner(session: AuthSession) {
  return session.userId
    ? { columns: { userId: session.userId, displayTokenId: null }, where: eq(userAlertMutes.userId, session.userId) }
    : { columns: { userId: null, displayTokenId: session.displayTokenId }, where: eq(userAlertMutes.displayTokenId, session.displayTokenId!) };
}
