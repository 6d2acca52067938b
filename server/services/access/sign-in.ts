import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { agencies, users } from "@/db/schema";
import type { SignInInput } from "@/lib/domain/access";
import { clearLoginFailures, assertLoginAllowed, recordLoginFailure } from "@/server/auth/login-rate-limit";
import { decoyPasswordHash, verifyPassword } from "@/server/auth/password";
import { createSession } from "@/server/auth/sessions";
import { recordAudit } from "@/server/audit/record-audit";
import { UnauthenticatedError } from "@/server/services/errors";

type RequestMeta = { sourceAddress: string | null; userAgent: string | null };

/** Checks the password (rate-limited per account and address) and opens a session. */
export async function signIn(db: Db, input: SignInInput, meta: RequestMeta) {
  await assertLoginAllowed(db, input.email, meta.sourceAddress);
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, agencyId: users.agencyId, agencyName: agencies.name, passwordHash: users.passwordHash, disabledAt: users.disabledAt })
    .from(users)
    .innerJoin(agencies, eq(agencies.id, users.agencyId))
    .where(eq(users.email, input.email))
    .limit(1);
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), input.password);
  if (!user || !passwordOk || user.disabledAt) {
    await recordLoginFailure(db, input.email, meta.sourceAddress);
    throw new UnauthenticatedError("That email and password do not match an active account.");
  }
  await clearLoginFailures(db, input.email);
  const actor = { userId: user.id, label: `${user.email} (${user.role})`, agencyId: user.agencyId, sourceAddress: meta.sourceAddress };
  const session = await db.transaction(async (tx) => {
    await recordAudit(tx, actor, { action: "auth.signIn", entityKind: "session", entityId: user.id });
    return createSession(tx, { userId: user.id }, meta);
  });
  return { session, user: { name: user.name, email: user.email, role: user.role, agencyId: user.agencyId, agencyName: user.agencyName } };
}
