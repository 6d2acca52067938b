import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { agencies } from "@/db/schema";
import { COMMAND_AGENCY_KIND, type ApiTokenScope } from "@/lib/domain/access";
import { verifyApiToken, type TokenCaller } from "@/server/auth/api-tokens";

/** The integration token behind a push request, and whether it speaks for the command center. */
export type PushCaller = TokenCaller & { isCommand: boolean };

export async function authenticatePush(db: Db, request: Request, scope: ApiTokenScope): Promise<PushCaller> {
  const token = await verifyApiToken(db, request.headers.get("authorization"), scope);
  const [agency] = await db.select({ kind: agencies.kind }).from(agencies).where(eq(agencies.id, token.agencyId));
  return { ...token, isCommand: agency?.kind === COMMAND_AGENCY_KIND };
}
