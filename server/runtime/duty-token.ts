import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { apiTokens } from "@/db/schema";
import type { ApiTokenScope } from "@/lib/domain/access";
import { issueApiToken } from "@/server/services/access/manage-api-tokens";

/**
 * A background duty that talks to the app over HTTP (the simulator posting calls) holds a
 * token like any integration. Each boot issues a fresh one and revokes the previous one of the
 * same name, so no secret is ever stored in clear or in the environment.
 */
export async function issueDutyToken(db: Db, agencyId: string, name: string, scopes: ApiTokenScope[]): Promise<string> {
  const actor = { userId: null, label: `system:${name}`, agencyId, sourceAddress: null };
  return db.transaction(async (tx) => {
    await tx
      .update(apiTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiTokens.agencyId, agencyId), eq(apiTokens.name, name), isNull(apiTokens.revokedAt)));
    const token = await issueApiToken(tx, actor, { agencyId, kind: "integration", name, scopes, createdBy: null });
    return token.secret;
  });
}
