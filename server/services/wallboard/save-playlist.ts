import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { wallboardPlaylists } from "@/db/schema";
import type { SavePlaylistInput } from "@/lib/domain/wallboard";
import type { AuthSession } from "@/server/auth/auth-session";
import { recordAudit, type Actor } from "@/server/audit/record-audit";

/** Replaces the rotation of every wall of the supervisor's own agency; walls pick it up on their next refresh. */
export async function savePlaylist(db: Db, session: AuthSession, actor: Actor, input: SavePlaylistInput) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(wallboardPlaylists).where(eq(wallboardPlaylists.agencyId, session.agencyId)).for("update");
    const values = { entries: input.entries, updatedBy: session.userId, updatedAt: new Date() };
    const [after] = await tx
      .insert(wallboardPlaylists)
      .values({ agencyId: session.agencyId, ...values })
      .onConflictDoUpdate({ target: wallboardPlaylists.agencyId, set: values })
      .returning();
    await recordAudit(tx, actor, {
      action: "wallboard.savePlaylist",
      entityKind: "wallboard_playlist",
      entityId: session.agencyId,
      before: before ? { entries: before.entries } : null,
      after: { entries: after!.entries },
    });
    return after!;
  });
}
