import { and, asc, eq } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import type { CreateUserInput, UpdateUserInput } from "@/lib/domain/access";
import { assertMayChange, targetAgency, withinScope, type AgencyScope } from "@/server/auth/agency-scope";
import type { AuthSession } from "@/server/auth/auth-session";
import { hashPassword } from "@/server/auth/password";
import { endUserSessions } from "@/server/auth/sessions";
import { recordAudit, type Actor } from "@/server/audit/record-audit";
import { ConflictError, InvalidInputError, NotFoundError } from "@/server/services/errors";

const publicColumns = {
  id: users.id,
  agencyId: users.agencyId,
  email: users.email,
  name: users.name,
  role: users.role,
  demo: users.demo,
  disabledAt: users.disabledAt,
  createdAt: users.createdAt,
};

export function listUsers(db: Db, scope: AgencyScope) {
  return db.select(publicColumns).from(users).where(withinScope(users.agencyId, scope)).orderBy(asc(users.agencyId), asc(users.email));
}

export async function createUser(db: Db, session: AuthSession, actor: Actor, input: z.infer<typeof CreateUserInput>) {
  const agencyId = targetAgency(session, input.agencyId);
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(users)
      .values({ agencyId, email: input.email, name: input.name, role: input.role, passwordHash })
      .onConflictDoNothing()
      .returning(publicColumns);
    if (!created) throw new ConflictError(`A user with the email ${input.email} already exists.`);
    await recordAudit(tx, actor, { action: "users.create", entityKind: "user", entityId: created.id, after: created });
    return created;
  });
}

/** Role changes and disabling end the user's sessions, so the change applies at once. */
export async function updateUser(db: Db, session: AuthSession, actor: Actor, input: z.infer<typeof UpdateUserInput>) {
  if (input.role === undefined && input.disabled === undefined) throw new InvalidInputError("Nothing to change.");
  if (input.userId === session.userId) throw new InvalidInputError("You cannot change your own role or disable yourself.");
  return db.transaction(async (tx) => {
    const [before] = await tx.select(publicColumns).from(users).where(eq(users.id, input.userId)).for("update");
    if (!before) throw new NotFoundError("That user");
    assertMayChange(session, before.agencyId);
    const [after] = await tx
      .update(users)
      .set({
        ...(input.role && { role: input.role }),
        ...(input.disabled !== undefined && { disabledAt: input.disabled ? (before.disabledAt ?? new Date()) : null }),
      })
      .where(and(eq(users.id, input.userId)))
      .returning(publicColumns);
    await endUserSessions(tx, input.userId);
    await recordAudit(tx, actor, { action: "users.update", entityKind: "user", entityId: input.userId, before, after });
    return after!;
  });
}
