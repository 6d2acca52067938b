/** Whether and how an agency publishes its own alerts as a CAP feed (cap_feed_settings). */
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { capFeedSettings } from "@/db/schema";
import type { CapFeedAccess, SetCapFeedAccessInput } from "@/lib/domain/alerts";
import { targetAgency } from "@/server/auth/agency-scope";
import type { AuthSession } from "@/server/auth/auth-session";
import { recordAudit, type Actor } from "@/server/audit/record-audit";

/** No row means not published. */
export async function capFeedAccessOf(db: Db, agencyId: string): Promise<CapFeedAccess> {
  const [row] = await db.select({ access: capFeedSettings.access }).from(capFeedSettings).where(eq(capFeedSettings.agencyId, agencyId));
  return row?.access ?? "off";
}

export async function setCapFeedAccess(db: Db, session: AuthSession, actor: Actor, input: SetCapFeedAccessInput) {
  const agencyId = targetAgency(session, input.agencyId);
  return db.transaction(async (tx) => {
    const before = await capFeedAccessOf(tx, agencyId);
    const now = new Date();
    await tx
      .insert(capFeedSettings)
      .values({ agencyId, access: input.access, updatedAt: now })
      .onConflictDoUpdate({ target: capFeedSettings.agencyId, set: { access: sql`excluded.access`, updatedAt: now } });
    await recordAudit(tx, actor, { action: "alerts.setCapFeedAccess", entityKind: "cap_feed", entityId: agencyId, before: { access: before }, after: { access: input.access } });
    return { agencyId, access: input.access };
  });
}
