import { and, eq, sql, type SQL } from "drizzle-orm";
import { selectRows } from "@/db/client";
import { sensors } from "@/db/schema";
import type { SensorKind } from "@/lib/domain/sensors";
import { withinScope } from "@/server/auth/agency-scope";
import { trendAndBaselineHours, type HourlyPoint } from "./hourly-history";
import type { KpiContext } from "./kpi-context";
import { toDate, toNumber } from "./kpi";

/** The sensors of one kind the caller may see, optionally narrowed further. */
export async function sensorsOfKind(ctx: KpiContext, kind: SensorKind, narrower?: SQL): Promise<SQL> {
  return and(eq(sensors.kind, kind), withinScope(sensors.agencyId, await ctx.scope("sensors")), narrower)!;
}

/**
 * One value for each hour the trend and baselines need, aggregated in the database over the
 * hourly buckets of the chosen sensors: `aggregate` sees the bucket as `r` and the sensor's row,
 * e.g. `max(r.max)` or `count(*) filter (where r.last >= 80)`.
 */
export async function sensorHourlySeries(ctx: KpiContext, which: SQL, aggregate: SQL): Promise<HourlyPoint[]> {
  const hours = trendAndBaselineHours(ctx.now);
  const rows = await selectRows<{ hour: unknown; value: unknown }>(
    ctx.db,
    sql`select r.bucket as hour, ${aggregate} as value
        from ${ctx.buckets.hourly(hours.at(-1)!, which)} r join ${sensors} on ${sensors.id} = r.sensor_id
        where r.bucket = any(${`{${hours.map((h) => h.toISOString()).join(",")}}`}::timestamptz[]) and ${which}
        group by r.bucket`,
  );
  return rows.map((row) => ({ hour: toDate(row.hour)!, value: toNumber(row.value) }));
}
