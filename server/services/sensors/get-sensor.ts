import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { sensors } from "@/db/schema";
import type { GetSensorInput } from "@/lib/domain/sensors";
import { withinScope, type AgencyScope } from "@/server/auth/agency-scope";
import { NotFoundError } from "@/server/services/errors";

/** One sensor the viewer may see, by id: what a page needs to name it. Another agency's unshared sensor is simply not found. */
export async function getSensor(db: Db, scope: AgencyScope, { id }: GetSensorInput) {
  const [sensor] = await db
    .select({ id: sensors.id, name: sensors.name, kind: sensors.kind, agencyId: sensors.agencyId })
    .from(sensors)
    .where(and(eq(sensors.id, id), withinScope(sensors.agencyId, scope)));
  if (!sensor) throw new NotFoundError("That sensor");
  return sensor;
}
