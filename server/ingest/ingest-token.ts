/**
 * Integration tokens for CityDeck's own background roles (the simulator POSTing calls, a bridge
 * pushing SenML). Only hashes are stored, so an existing token's secret cannot be read back:
 * each call revokes the role's previous token of that name and issues a fresh one, audited as
 * the system.
 */
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { apiTokens } from "@/db/schema";
import type { ApiTokenScope } from "@/lib/domain/access";
import { hashSecret, newSecret } from "@/server/auth/secrets";
import { recordAudit } from "@/server/audit/record-audit";

export type IntegrationTokenRequest = { agencyId: string; name: string; scopes: ApiTokenScope[] };

/** Returns a working secret for `Authorization: Bearer <secret>`. */
export async function ensureIntegrationToken(db: Db, { agencyId, name, scopes }: IntegrationTokenRequest): Promise<string> {
  const secret = newSecret("cdt");
  const actor = { userId: null, label: `system:${name}`, agencyId, sourceAddress: null };
  await db.transaction(async (tx) => {
    await tx
      .update(apiTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiTokens.agencyId, agencyId), eq(apiTokens.name, name), eq(apiTokens.kind, "integration"), isNull(apiTokens.revokedAt)));
    const [token] = await tx
      .insert(apiTokens)
      .values({ agencyId, kind: "integration", name, tokenHash: hashSecret(secret), prefix: secret.slice(0, 8), scopes })
      .returning({ id: apiTokens.id, agencyId: apiTokens.agencyId, name: apiTokens.name, scopes: apiTokens.scopes });
    await recordAudit(tx, actor, { action: "apiTokens.ensure", entityKind: "api_token", entityId: token!.id, after: token });
  });
  return secret;
}
