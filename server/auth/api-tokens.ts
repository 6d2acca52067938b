import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { apiTokens } from "@/db/schema";
import type { ApiTokenScope } from "@/lib/domain/access";
import { ForbiddenError, UnauthenticatedError } from "@/server/services/errors";
import { hashSecret } from "./secrets";

export interface TokenCaller {
  tokenId: string;
  agencyId: string;
  label: string;
}

/** Checks `Authorization: Bearer <token>` for an unrevoked integration token holding `scope`. */
export async function verifyApiToken(db: Db, authorization: string | null, scope: ApiTokenScope): Promise<TokenCaller> {
  const secret = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!secret) throw new UnauthenticatedError("Send an API token as 'Authorization: Bearer <token>'.");
  const [token] = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, hashSecret(secret)), eq(apiTokens.kind, "integration"), isNull(apiTokens.revokedAt)))
    .limit(1);
  if (!token) throw new UnauthenticatedError("This API token is unknown or revoked.");
  if (!token.scopes.includes(scope)) throw new ForbiddenError(`This API token lacks the '${scope}' scope.`);
  await db.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, token.id));
  return { tokenId: token.id, agencyId: token.agencyId, label: `token:${token.name}` };
}
