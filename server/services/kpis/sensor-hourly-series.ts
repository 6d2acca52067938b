import { and, eq, sql, type SQL } from "drizzle-orm";
import { selectRows } from "@/db/client";
import { sensors } from "@/db/schema";
import type { SensorKind } from "@/lib/domain/sensors";
import { withinScope } from "@/server/auth/agency-scope";
import { hoursParam, queryKey } from "./hourly-cache";
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
 * e.g. `max(r.max)` or `count(*) filter (where r.last >= 80)`. Hours already read and unchanged
 * since come from `ctx.hours`.
 */
export async function sensorHourlySeries(ctx: KpiContext, which: SQL, aggregate: SQL): Promise<HourlyPoint[]> {
  const wanted = trendAndBaselineHours(ctx.now);
  const source = ctx.buckets.hourly(wanted.at(-1)!, which);
  const query = (hours: readonly Date[]) => sql`select r.bucket as hour, ${aggregate} as value
    from ${source} r join ${sensors} on ${sensors.id} = r.sensor_id
    where r.bucket = any(${hoursParam(hours)}) and ${which}
    group by r.bucket`;
  const values = await ctx.hours.of(queryKey(query([])), wanted, async (hours) => {
    const rows = await selectRows<{ hour: unknown; value: unknown }>(ctx.db, query(hours), { prepared: true });
    return new Map(rows.map((row) => [toDate(row.hour)!.getTime(), toNumber(row.value)]));
  });
  return [...values].map(([ms, value]) => ({ hour: new Date(ms), value }));
}
