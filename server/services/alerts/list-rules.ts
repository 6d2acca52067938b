import { and, asc, count, ne } from "drizzle-orm";
import type { Db } from "@/db/client";
import { alerts, rules } from "@/db/schema";
import { withinScope, type AgencyScope } from "@/server/auth/agency-scope";

/** The rules of the agencies a supervisor administers, each with how many of its alerts are open now. */
export async function listRules(db: Db, scope: AgencyScope) {
  const [rows, openCounts] = await Promise.all([
    db.select().from(rules).where(withinScope(rules.agencyId, scope)).orderBy(asc(rules.agencyId), asc(rules.name)),
    db
      .select({ ruleId: alerts.ruleId, open: count() })
      .from(alerts)
      .where(and(ne(alerts.status, "resolved"), withinScope(alerts.agencyId, scope)))
      .groupBy(alerts.ruleId),
  ]);
  const openByRule = new Map(openCounts.map((c) => [c.ruleId, c.open]));
  return rows.map((rule) => ({ ...rule, openAlerts: openByRule.get(rule.id) ?? 0 }));
}
