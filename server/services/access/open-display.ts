import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { apiTokens } from "@/db/schema";
import { hashSecret } from "@/server/auth/secrets";
import { createSession } from "@/server/auth/sessions";
import { recordAudit } from "@/server/audit/record-audit";
import { UnauthenticatedError } from "@/server/services/errors";

type RequestMeta = { sourceAddress: string | null; userAgent: string | null };

/** A wall screen has no keyboard: its display-token URL opens a read-only kiosk session. */
export async function openDisplay(db: Db, secret: string, meta: RequestMeta) {
  const [token] = await db
    .select({ id: apiTokens.id, name: apiTokens.name, agencyId: apiTokens.agencyId })
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, hashSecret(secret)), eq(apiTokens.kind, "display"), isNull(apiTokens.revokedAt)))
    .limit(1);
  if (!token) throw new UnauthenticatedError("This display link is unknown or was revoked.");
  return db.transaction(async (tx) => {
    await recordAudit(
      tx,
      { userId: null, label: `display:${token.name}`, agencyId: token.agencyId, sourceAddress: meta.sourceAddress },
      { action: "auth.openDisplay", entityKind: "api_token", entityId: token.id },
    );
    return createSession(tx, { displayTokenId: token.id }, meta);
  });
}
