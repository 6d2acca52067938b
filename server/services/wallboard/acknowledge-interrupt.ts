import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { alerts, incidents, wallboardInterruptAcks } from "@/db/schema";
import type { AcknowledgeInterruptInput } from "@/lib/domain/wallboard";
import { assertMayChange } from "@/server/auth/agency-scope";
import type { AuthSession } from "@/server/auth/auth-session";
import { recordAudit, type Actor } from "@/server/audit/record-audit";
import { ConflictError, NotFoundError } from "@/server/services/errors";

async function ownerOf(db: Db, { kind, id }: AcknowledgeInterruptInput): Promise<string | null> {
  const table = kind === "incident" ? incidents : alerts;
  const [subject] = await db.select({ agencyId: table.agencyId }).from(table).where(eq(table.id, id));
  return subject?.agencyId ?? null;
}

/**
 * A dispatcher has seen to a P1 or an extreme alert: every wall showing it goes back to its
 * playlist. Only the owning agency (or the command center) may release its walls, and the first
 * acknowledgement wins; a second one is told who was first.
 */
export async function acknowledgeInterrupt(db: Db, session: AuthSession, actor: Actor, input: AcknowledgeInterruptInput) {
  return db.transaction(async (tx) => {
    const owner = await ownerOf(tx, input);
    if (!owner) throw new NotFoundError(input.kind === "incident" ? "That incident" : "That alert");
    assertMayChange(session, owner);
    const [ack] = await tx
      .insert(wallboardInterruptAcks)
      .values({ subjectKind: input.kind, subjectId: input.id, acknowledgedBy: session.userId, acknowledgedByLabel: actor.label })
      .onConflictDoNothing()
      .returning();
    if (!ack) {
      const [first] = await tx
        .select({ by: wallboardInterruptAcks.acknowledgedByLabel })
        .from(wallboardInterruptAcks)
        .where(and(eq(wallboardInterruptAcks.subjectKind, input.kind), eq(wallboardInterruptAcks.subjectId, input.id)));
      throw new ConflictError(`${first?.by ?? "Someone"} has already acknowledged this on the wall.`);
    }
    await recordAudit(tx, actor, { action: "wallboard.acknowledgeInterrupt", entityKind: input.kind, entityId: input.id, after: ack });
    return ack;
  });
}
