import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { agencies, users } from "@/db/schema";
import type { AuthSession } from "@/server/auth/auth-session";

/** What the UI needs to know about the signed-in user or display. */
export async function describeSession(db: Db, session: AuthSession) {
  const [agency] = await db.select({ name: agencies.name }).from(agencies).where(eq(agencies.id, session.agencyId));
  const [user] = session.userId
    ? await db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, session.userId))
    : [];
  return {
    kind: session.kind,
    role: session.role,
    agencyId: session.agencyId,
    agencyKind: session.agencyKind,
    agencyName: agency?.name ?? session.agencyId,
    name: user?.name ?? session.label,
    email: user?.email ?? null,
  };
}
