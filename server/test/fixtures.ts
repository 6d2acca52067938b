import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { agencies, users } from "@/db/schema";
import type { AgencyKind } from "@/lib/domain/agencies";
import type { Role } from "@/lib/domain/access";
import type { Context } from "@/server/api/trpc";
import { createCaller } from "@/server/api/root";
import { hashPassword } from "@/server/auth/password";
import { createSession, resolveSession } from "@/server/auth/sessions";

export const TEST_PASSWORD = "correct horse battery staple";

export async function insertAgency(database: Database, id: string, kind: AgencyKind) {
  await database.db.insert(agencies).values({ id, name: `Agency ${id}`, kind }).onConflictDoNothing();
}

let passwordHash: Promise<string> | null = null;

export async function insertUser(database: Database, agencyId: string, role: Role, email = `${role}@${agencyId}.test`) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const [user] = await database.db
    .insert(users)
    .values({ agencyId, role, email, name: `${role} of ${agencyId}`, passwordHash: await passwordHash })
    .onConflictDoNothing()
    .returning();
  return user ?? (await database.db.select().from(users).where(eq(users.email, email)))[0]!;
}

/** A tRPC context as a real request would build it: a session row resolved from its cookie secret. */
export async function contextFor(database: Database, subject: { userId: string } | { displayTokenId: string } | null): Promise<Context> {
  const meta = { sourceAddress: "127.0.0.1", userAgent: "vitest" };
  const session = subject ? await resolveSession(database.db, (await createSession(database.db, subject, meta)).secret) : null;
  return { database, session, sourceAddress: meta.sourceAddress, userAgent: meta.userAgent, secure: false, resHeaders: new Headers() };
}

/** `signal` ends subscriptions opened through this caller. */
export async function callerFor(database: Database, subject: Parameters<typeof contextFor>[1], signal?: AbortSignal) {
  return createCaller(await contextFor(database, subject), { signal });
}
