import { asc } from "drizzle-orm";
import type { Db } from "@/db/client";
import { userAlertMutes } from "@/db/schema";
import type { AlertMute } from "@/lib/domain/alerts";
import type { AuthSession } from "@/server/auth/auth-session";
import { muteOwner } from "./alert-mute-owner";

/** The caller's own mutes. */
export async function listAlertMutes(db: Db, session: AuthSession): Promise<AlertMute[]> {
  const rows = await db
    .select({ categoryKind: userAlertMutes.categoryKind, category: userAlertMutes.category })
    .from(userAlertMutes)
    .where(muteOwner(session).where)
    .orderBy(asc(userAlertMutes.categoryKind), asc(userAlertMutes.category));
  return rows as AlertMute[];
}
