import { and, desc, eq, isNull } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "@/db/client";
import { apiTokens, sessions } from "@/db/schema";
import type { CreateApiTokenInput } from "@/lib/domain/access";
import { assertMayChange, targetAgency, withinScope, type AgencyScope } from "@/server/auth/agency-scope";
import type { AuthSession } from "@/server/auth/auth-session";
import { hashSecret, newSecret } from "@/server/auth/secrets";
import { recordAudit, type Actor } from "@/server/audit/record-audit";
import { InvalidInputError, NotFoundError } from "@/server/services/errors";

const listColumns = {
  id: apiTokens.id,
  agencyId: apiTokens.agencyId,
  kind: apiTokens.kind,
  name: apiTokens.name,
  prefix: apiTokens.prefix,
  scopes: apiTokens.scopes,
  createdAt: apiTokens.createdAt,
  lastUsedAt: apiTokens.lastUsedAt,
  revokedAt: apiTokens.revokedAt,
};

export function listApiTokens(db: Db, scope: AgencyScope) {
  return db.select(listColumns).from(apiTokens).where(withinScope(apiTokens.agencyId, scope)).orderBy(desc(apiTokens.createdAt));
}

/** Returns the secret ONCE; only its hash is kept. Display tokens are read-only and carry no scopes. */
export async function createApiToken(db: Db, session: AuthSession, actor: Actor, input: z.infer<typeof CreateApiTokenInput>) {
  if (input.kind === "display" && input.scopes.length > 0) throw new InvalidInputError("Display tokens carry no scopes.");
  return db.transaction((tx) =>
    issueApiToken(tx, actor, { ...input, agencyId: targetAgency(session, input.agencyId), createdBy: session.userId }),
  );
}

type IssuedToken = Omit<z.infer<typeof CreateApiTokenInput>, "agencyId"> & { agencyId: string; createdBy: string | null };

/** Inserts a token and its audit entry (inside the caller's transaction); the secret leaves only here. */
export async function issueApiToken(tx: Db, actor: Actor, token: IssuedToken) {
  const secret = newSecret(token.kind === "display" ? "cdd" : "cdt");
  const [row] = await tx
    .insert(apiTokens)
    .values({ ...token, tokenHash: hashSecret(secret), prefix: secret.slice(0, 8) })
    .returning(listColumns);
  await recordAudit(tx, actor, { action: "apiTokens.create", entityKind: "api_token", entityId: row!.id, after: row });
  return { ...row!, secret };
}

/** Revoking a display token also ends the kiosk sessions opened with it. */
export async function revokeApiToken(db: Db, session: AuthSession, actor: Actor, id: string) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select(listColumns).from(apiTokens).where(eq(apiTokens.id, id)).for("update");
    if (!before) throw new NotFoundError("That token");
    assertMayChange(session, before.agencyId);
    const [after] = await tx
      .update(apiTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
      .returning(listColumns);
    if (!after) throw new InvalidInputError("That token is already revoked.");
    await tx.delete(sessions).where(eq(sessions.displayTokenId, id));
    await recordAudit(tx, actor, { action: "apiTokens.revoke", entityKind: "api_token", entityId: id, before, after });
    return after;
  });
}
