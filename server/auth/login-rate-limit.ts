import { and, count, eq, gt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { loginAttempts } from "@/db/schema";
import { RateLimitedError } from "@/server/services/errors";

const WINDOW_MS = 15 * 60_000;
const MAX_FAILURES_PER_ACCOUNT = Number(process.env.LOGIN_MAX_FAILURES_PER_ACCOUNT ?? 5);
const MAX_FAILURES_PER_ADDRESS = Number(process.env.LOGIN_MAX_FAILURES_PER_ADDRESS ?? 30);

/** Refuses a sign-in before the password is even checked when recent failures exceed the limits. */
export async function assertLoginAllowed(db: Db, email: string, sourceAddress: string | null) {
  const since = new Date(Date.now() - WINDOW_MS);
  const [perAccount] = await db
    .select({ n: count() })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, email), gt(loginAttempts.at, since)));
  if ((perAccount?.n ?? 0) >= MAX_FAILURES_PER_ACCOUNT) {
    throw new RateLimitedError("Too many failed sign-ins for this account. Wait 15 minutes or ask an administrator to help.");
  }
  if (!sourceAddress) return;
  const [perAddress] = await db
    .select({ n: count() })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.sourceAddress, sourceAddress), gt(loginAttempts.at, since)));
  if ((perAddress?.n ?? 0) >= MAX_FAILURES_PER_ADDRESS) {
    throw new RateLimitedError("Too many failed sign-ins from this address. Wait 15 minutes and try again.");
  }
}

export async function recordLoginFailure(db: Db, email: string, sourceAddress: string | null) {
  await db.insert(loginAttempts).values({ email, sourceAddress });
}

/** A successful sign-in forgives the account's earlier typos. */
export async function clearLoginFailures(db: Db, email: string) {
  await db.delete(loginAttempts).where(eq(loginAttempts.email, email));
}
