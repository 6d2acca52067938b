import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { sensors } from "@/db/schema";
import type { ListSensorsInput } from "@/lib/domain/sensors";
import { withinScope, type AgencyScope } from "@/server/auth/agency-scope";

export function listSensors(db: Db, scope: AgencyScope, input: ListSensorsInput) {
  return db
    .select()
    .from(sensors)
    .where(and(withinScope(sensors.agencyId, scope), input.kind && inArray(sensors.kind, input.kind), input.wardCode ? eq(sensors.wardCode, input.wardCode) : undefined))
    .orderBy(asc(sensors.id));
}
