import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { rules } from "@/db/schema";
import { assertMayChange } from "@/server/auth/agency-scope";
import type { AuthSession } from "@/server/auth/auth-session";
import { NotFoundError } from "@/server/services/errors";

/** A rule about to change, locked for the transaction; only its agency (or the command center) may change it. */
export async function ruleForChange(tx: Db, session: AuthSession, id: string) {
  const [rule] = await tx.select().from(rules).where(eq(rules.id, id)).for("update");
  if (!rule) throw new NotFoundError("That rule");
  assertMayChange(session, rule.agencyId);
  return rule;
}
