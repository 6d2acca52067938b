/** Which agencies' subjects a rule watches: its own agency's, or every agency's for a command-center rule. */
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { agencies } from "@/db/schema";
import { COMMAND_AGENCY_KIND } from "@/lib/domain/access";
import type { AgencyScope } from "@/server/auth/agency-scope";

export const ruleScope = (agencyId: string, agencyKind: string | undefined): AgencyScope => (agencyKind === COMMAND_AGENCY_KIND ? "all" : [agencyId]);

export async function loadRuleScope(db: Db, agencyId: string): Promise<AgencyScope> {
  const [agency] = await db.select({ kind: agencies.kind }).from(agencies).where(eq(agencies.id, agencyId));
  return ruleScope(agencyId, agency?.kind);
}
