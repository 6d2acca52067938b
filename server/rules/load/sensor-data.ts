/** Sensors a rule watches and their one-minute rollups: durations come from rollups, never raw rows. */
import { and, asc, eq, gte, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { readings1m, sensors } from "@/db/schema";
import type { SensorKind } from "@/lib/domain/sensors";
import { withinScope, type AgencyScope } from "@/server/auth/agency-scope";
import type { Bucket, SensorFacts } from "../evaluate/sensor-facts";

export function loadSensorFacts(db: Db, scope: AgencyScope, kind: SensorKind | undefined, ids?: readonly string[]): Promise<SensorFacts[]> {
  return db
    .select({
      id: sensors.id,
      agencyId: sensors.agencyId,
      kind: sensors.kind,
      name: sensors.name,
      unit: sensors.unit,
      lon: sensors.lon,
      lat: sensors.lat,
      cadenceS: sensors.cadenceS,
      config: sensors.config,
      latestAt: sensors.latestAt,
    })
    .from(sensors)
    .where(and(withinScope(sensors.agencyId, scope), kind && eq(sensors.kind, kind), ids?.length ? inArray(sensors.id, [...ids]) : undefined))
    .orderBy(asc(sensors.id));
}

/** Each sensor's buckets from `fromMs` on, oldest first. */
export async function loadBuckets(db: Db, sensorIds: readonly string[], fromMs: number): Promise<Map<string, Bucket[]>> {
  const bySensor = new Map<string, Bucket[]>(sensorIds.map((id) => [id, []]));
  if (sensorIds.length === 0) return bySensor;
  const rows = await db
    .select({ sensorId: readings1m.sensorId, bucket: readings1m.bucket, sum: readings1m.sum, count: readings1m.count, last: readings1m.last })
    .from(readings1m)
    .where(and(inArray(readings1m.sensorId, [...sensorIds]), gte(readings1m.bucket, new Date(fromMs))))
    .orderBy(asc(readings1m.sensorId), asc(readings1m.bucket));
  for (const row of rows) bySensor.get(row.sensorId)!.push({ at: row.bucket.getTime(), mean: row.sum / row.count, last: row.last });
  return bySensor;
}
