import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { units, type Unit } from "@/db/schema";
import { assertMayChange } from "@/server/auth/agency-scope";
import type { AuthSession } from "@/server/auth/auth-session";
import { NotFoundError } from "@/server/services/errors";

/** The unit a change is about, once the caller is known to be allowed to change it (its agency, or the command center). */
export async function unitForChange(db: Db, session: AuthSession, id: string): Promise<Unit> {
  const [unit] = await db.select().from(units).where(eq(units.id, id));
  if (!unit) throw new NotFoundError(`Unit ${id}`);
  assertMayChange(session, unit.agencyId);
  return unit;
}
