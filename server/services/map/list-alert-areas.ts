import { and, desc, isNotNull, ne } from "drizzle-orm";
import type { Db } from "@/db/client";
import { alerts } from "@/db/schema";
import { withinScope, type AgencyScope } from "@/server/auth/agency-scope";

/**
 * Unresolved alerts that cover an area (CAP warnings), whole rows as the live stream carries
 * them, so the map merges both the same way.
 */
export function listAlertAreas(db: Db, scope: AgencyScope) {
  return db
    .select()
    .from(alerts)
    .where(and(withinScope(alerts.agencyId, scope), ne(alerts.status, "resolved"), isNotNull(alerts.area)))
    .orderBy(desc(alerts.openedAt));
}
