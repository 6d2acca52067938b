import { and, asc, eq, gte } from "drizzle-orm";
import type { Db } from "@/db/client";
import { readings1h, readings1m, sensors } from "@/db/schema";
import type { SensorHistoryInput, SensorHistoryRange } from "@/lib/domain/map";
import { withinScope, type AgencyScope } from "@/server/auth/agency-scope";

const HOUR_MS = 3_600_000;

/** Each range reads the coarsest rollup that still gives a readable line (60 to 170 points). */
const ROLLUP_FOR: Record<SensorHistoryRange, { table: typeof readings1m | typeof readings1h; spanMs: number }> = {
  "1h": { table: readings1m, spanMs: HOUR_MS },
  "24h": { table: readings1h, spanMs: 24 * HOUR_MS },
  "7d": { table: readings1h, spanMs: 7 * 24 * HOUR_MS },
};

export interface HistoryPoint {
  at: Date;
  mean: number;
  min: number;
  max: number;
}

/**
 * A sensor's recent values from the rollups the ingest writer keeps (never the raw readings).
 * A sensor outside the caller's scope reads exactly like one that does not exist: no points.
 */
export async function sensorHistory(db: Db, scope: AgencyScope, { sensorId, range }: SensorHistoryInput, now = new Date()): Promise<HistoryPoint[]> {
  const [visible] = await db
    .select({ id: sensors.id })
    .from(sensors)
    .where(and(eq(sensors.id, sensorId), withinScope(sensors.agencyId, scope)));
  if (!visible) return [];
  const { table, spanMs } = ROLLUP_FOR[range];
  const rows = await db
    .select({ at: table.bucket, sum: table.sum, count: table.count, min: table.min, max: table.max })
    .from(table)
    .where(and(eq(table.sensorId, sensorId), gte(table.bucket, new Date(now.getTime() - spanMs))))
    .orderBy(asc(table.bucket));
  return rows.map(({ at, sum, count, min, max }) => ({ at, mean: sum / count, min, max }));
}
