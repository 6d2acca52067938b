import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { agencies, apiTokens, sessions, users } from "@/db/schema";
import type { AuthSession } from "./auth-session";
import { hashSecret, newSecret } from "./secrets";
import { sessionPolicy } from "./session-policy";

type SessionMeta = { sourceAddress: string | null; userAgent: string | null };

/** Starts a session and returns the secret for the cookie (never stored). */
export async function createSession(
  db: Db,
  subject: { userId: string } | { displayTokenId: string },
  meta: SessionMeta,
): Promise<{ secret: string; maxAgeS: number }> {
  const secret = newSecret("cds");
  const lifetimeMs = "userId" in subject ? sessionPolicy.absoluteMs : sessionPolicy.displayAbsoluteMs;
  await db.insert(sessions).values({
    id: hashSecret(secret),
    userId: "userId" in subject ? subject.userId : null,
    displayTokenId: "displayTokenId" in subject ? subject.displayTokenId : null,
    expiresAt: new Date(Date.now() + lifetimeMs),
    sourceAddress: meta.sourceAddress,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
  });
  return { secret, maxAgeS: Math.floor(lifetimeMs / 1000) };
}

/**
 * The live session for a cookie secret, or null when it is unknown, expired (absolute or
 * idle), its user is disabled, or its display token was revoked.
 */
export async function resolveSession(db: Db, secret: string | null): Promise<AuthSession | null> {
  if (!secret) return null;
  const id = hashSecret(secret);
  const [row] = await db
    .select({
      session: sessions,
      user: { id: users.id, email: users.email, role: users.role, agencyId: users.agencyId, disabledAt: users.disabledAt },
      token: { id: apiTokens.id, name: apiTokens.name, agencyId: apiTokens.agencyId, revokedAt: apiTokens.revokedAt },
      userAgencyKind: sql<string | null>`(select kind from ${agencies} where id = ${users.agencyId})`,
      tokenAgencyKind: sql<string | null>`(select kind from ${agencies} where id = ${apiTokens.agencyId})`,
    })
    .from(sessions)
    .leftJoin(users, eq(users.id, sessions.userId))
    .leftJoin(apiTokens, and(eq(apiTokens.id, sessions.displayTokenId), eq(apiTokens.kind, "display")))
    .where(eq(sessions.id, id))
    .limit(1);
  if (!row) return null;
  const now = Date.now();
  const { session, user, token } = row;
  if (session.expiresAt.getTime() <= now) return null;
  if (user && (user.disabledAt || session.lastSeenAt.getTime() + sessionPolicy.idleMs <= now)) return null;
  if (!user && (!token || token.revokedAt)) return null;
  if (now - session.lastSeenAt.getTime() > sessionPolicy.touchEveryMs) {
    await db.update(sessions).set({ lastSeenAt: new Date(now) }).where(eq(sessions.id, id));
  }
  if (user) {
    return {
      sessionId: id,
      kind: "user",
      userId: user.id,
      displayTokenId: null,
      agencyId: user.agencyId,
      agencyKind: row.userAgencyKind as AuthSession["agencyKind"],
      role: user.role,
      label: `${user.email} (${user.role})`,
    };
  }
  return {
    sessionId: id,
    kind: "display",
    userId: null,
    displayTokenId: token!.id,
    agencyId: token!.agencyId,
    agencyKind: row.tokenAgencyKind as AuthSession["agencyKind"],
    role: "viewer",
    label: `display:${token!.name}`,
  };
}

export async function endSession(db: Db, sessionId: string) {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Ends every session of a user (after disabling them or changing their role). */
export async function endUserSessions(db: Db, userId: string) {
  await db.delete(sessions).where(and(eq(sessions.userId, userId), isNull(sessions.displayTokenId)));
}
