import { and, asc, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { units } from "@/db/schema";
import type { ListUnitsInput } from "@/lib/domain/units";
import { withinScope, type AgencyScope } from "@/server/auth/agency-scope";

export function listUnits(db: Db, scope: AgencyScope, input: ListUnitsInput) {
  return db
    .select()
    .from(units)
    .where(and(withinScope(units.agencyId, scope), input.type && inArray(units.type, input.type), input.status && inArray(units.status, input.status)))
    .orderBy(asc(units.callsign));
}
