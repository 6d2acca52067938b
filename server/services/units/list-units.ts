import { and, asc, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { units } from "@/db/schema";
import type { ListUnitsInput } from "@/lib/domain/units";

export function listUnits(db: Db, input: ListUnitsInput) {
  return db
    .select()
    .from(units)
    .where(and(input.type && inArray(units.type, input.type), input.status && inArray(units.status, input.status)))
    .orderBy(asc(units.callsign));
}
