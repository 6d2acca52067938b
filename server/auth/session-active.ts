import { and, eq, gt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { sessions } from "@/db/schema";
import { UnauthenticatedError } from "@/server/services/errors";
import type { AuthSession } from "./auth-session";

/** For long-lived streams: refuses once the session was signed out or expired after the stream began. */
export async function assertSessionActive(db: Db, session: AuthSession) {
  const [row] = await db
    .select({ id: sessions.id })
    .from(sessions)
    .where(and(eq(sessions.id, session.sessionId), gt(sessions.expiresAt, new Date())))
    .limit(1);
  if (!row) throw new UnauthenticatedError("Your session has ended; sign in again.");
}
