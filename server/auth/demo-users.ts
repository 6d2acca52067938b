import { eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { agencies, users } from "@/db/schema";
import { ROLES, type Role } from "@/lib/domain/access";
import { hashPassword, verifyPassword } from "./password";

/** Agencies that get one demo user per role: the command center and three field agencies. */
export const DEMO_AGENCIES = ["city", "police", "ambulance", "environment"] as const;
export const DEFAULT_DEMO_PASSWORD = "citydeck-demo";

export const demoEmail = (role: Role, agencyId: string) => `${role}@${agencyId}.demo`;

/**
 * Creates (or re-keys to the current DEMO_PASSWORD) one user per role for each demo agency.
 * Only ever called in demo mode; production never gets these accounts unless asked for.
 */
export async function ensureDemoUsers(db: Db, password: string): Promise<{ email: string; role: Role; agencyId: string }[]> {
  const present = await db.select({ id: agencies.id, name: agencies.name }).from(agencies).where(inArray(agencies.id, [...DEMO_AGENCIES]));
  const wanted = present.flatMap((agency) =>
    ROLES.map((role) => ({ email: demoEmail(role, agency.id), role, agencyId: agency.id, name: `Demo ${role} (${agency.name})` })),
  );
  const existing = new Map(
    (await db.select({ email: users.email, passwordHash: users.passwordHash }).from(users).where(eq(users.demo, true))).map((u) => [u.email, u.passwordHash]),
  );
  const passwordHash = await hashPassword(password);
  for (const user of wanted) {
    const stored = existing.get(user.email);
    if (stored === undefined) {
      await db.insert(users).values({ ...user, passwordHash, demo: true }).onConflictDoNothing();
    } else if (!(await verifyPassword(stored, password))) {
      await db.update(users).set({ passwordHash }).where(eq(users.email, user.email));
    }
  }
  return wanted.map(({ email, role, agencyId }) => ({ email, role, agencyId }));
}

/** The demo accounts and their password, when (and only when) demo mode is on. */
export function listDemoLogins() {
  if (process.env.DEMO_MODE !== "on") return { password: null, logins: [] };
  return {
    password: process.env.DEMO_PASSWORD ?? DEFAULT_DEMO_PASSWORD,
    logins: DEMO_AGENCIES.flatMap((agencyId) => ROLES.map((role) => ({ email: demoEmail(role, agencyId), role, agencyId }))),
  };
}
