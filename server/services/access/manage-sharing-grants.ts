import { and, desc, eq, isNull, or } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "@/db/client";
import { agencies, sharingGrants } from "@/db/schema";
import type { CreateSharingGrantInput } from "@/lib/domain/access";
import { assertMayChange, targetAgency, type AgencyScope } from "@/server/auth/agency-scope";
import type { AuthSession } from "@/server/auth/auth-session";
import { recordAudit, type Actor } from "@/server/audit/record-audit";
import { ConflictError, InvalidInputError, NotFoundError } from "@/server/services/errors";

/** Grants an agency gives and receives (all of them for the command center). */
export function listSharingGrants(db: Db, scope: AgencyScope) {
  const involves =
    scope === "all"
      ? undefined
      : or(...scope.flatMap((id) => [eq(sharingGrants.ownerAgencyId, id), eq(sharingGrants.granteeAgencyId, id)]));
  return db.select().from(sharingGrants).where(involves).orderBy(desc(sharingGrants.createdAt));
}

export async function createSharingGrant(db: Db, session: AuthSession, actor: Actor, input: z.infer<typeof CreateSharingGrantInput>) {
  const ownerAgencyId = targetAgency(session, input.ownerAgencyId);
  if (ownerAgencyId === input.granteeAgencyId) throw new InvalidInputError("An agency always sees its own records.");
  return db.transaction(async (tx) => {
    const [grantee] = await tx.select({ id: agencies.id }).from(agencies).where(eq(agencies.id, input.granteeAgencyId));
    if (!grantee) throw new NotFoundError(`Agency ${input.granteeAgencyId}`);
    const [grant] = await tx
      .insert(sharingGrants)
      .values({ ownerAgencyId, granteeAgencyId: input.granteeAgencyId, domain: input.domain, createdBy: session.userId })
      .onConflictDoNothing()
      .returning();
    if (!grant) throw new ConflictError(`${input.granteeAgencyId} already sees your ${input.domain}.`);
    await recordAudit(tx, actor, { action: "sharingGrants.create", entityKind: "sharing_grant", entityId: grant.id, after: grant });
    return grant;
  });
}

export async function revokeSharingGrant(db: Db, session: AuthSession, actor: Actor, id: string) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(sharingGrants).where(eq(sharingGrants.id, id)).for("update");
    if (!before) throw new NotFoundError("That sharing grant");
    assertMayChange(session, before.ownerAgencyId);
    const [after] = await tx
      .update(sharingGrants)
      .set({ revokedAt: new Date() })
      .where(and(eq(sharingGrants.id, id), isNull(sharingGrants.revokedAt)))
      .returning();
    if (!after) throw new InvalidInputError("That grant is already revoked.");
    await recordAudit(tx, actor, { action: "sharingGrants.revoke", entityKind: "sharing_grant", entityId: id, before, after });
    return after;
  });
}
