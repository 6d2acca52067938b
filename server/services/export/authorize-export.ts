import type { Db } from "@/db/client";
import { verifyApiToken } from "@/server/auth/api-tokens";
import { resolveSession } from "@/server/auth/sessions";
import { readSessionCookie } from "@/server/auth/session-cookie";
import { recordAudit } from "@/server/audit/record-audit";
import { ForbiddenError, UnauthenticatedError } from "@/server/services/errors";

/**
 * Who may take an agency's data out: its admin (signed in) or an integration token with the
 * 'export' scope. Each export is recorded in the audit log: data leaving is accountable.
 */
export async function authorizeExport(db: Db, req: Request, sourceAddress: string | null, dataset: string) {
  const authorization = req.headers.get("authorization");
  let caller: { userId: string | null; agencyId: string; label: string };
  if (authorization) {
    const token = await verifyApiToken(db, authorization, "export");
    caller = { userId: null, agencyId: token.agencyId, label: token.label };
  } else {
    const session = await resolveSession(db, readSessionCookie(req.headers.get("cookie")));
    if (!session) throw new UnauthenticatedError("Sign in as an agency administrator to export data.");
    if (session.kind !== "user" || session.role !== "admin") {
      throw new ForbiddenError("Only an agency administrator (or an export token) can export the agency's data.");
    }
    caller = { userId: session.userId, agencyId: session.agencyId, label: session.label };
  }
  await recordAudit(db, { ...caller, sourceAddress }, { action: "export", entityKind: "dataset", entityId: dataset });
  return caller;
}
