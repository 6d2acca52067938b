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
 * e.g. `max(r.max)` or `count(*) filter (where r.last >= 80)`.
 */
export async function sensorHourlySeries(ctx: KpiContext, which: SQL, aggregate: SQL): Promise<HourlyPoint[]> {
  const byHour = await sensorHourRows(ctx, which, trendAndBaselineHours(ctx.now), sql`${aggregate} as value`, sql`group by r.bucket`, (row: { value: unknown }) =>
    toNumber(row.value),
  );
  return [...byHour].map(([ms, [value]]) => ({ hour: new Date(ms), value: value! }));
}

/**
 * The rows `columns` makes of the chosen sensors' hourly buckets (`r`, joined with the sensor's
 * row), each hour's turned into results by `toResult`. Hours already read and unchanged since
 * come from `ctx.hours`, results and all, so a refresh converts only the rows it read.
 */
export async function sensorHourRows<Row, Result>(
  ctx: KpiContext,
  which: SQL,
  hours: Date[],
  columns: SQL,
  grouping: SQL,
  toResult: (row: Row) => Result,
): Promise<Map<number, Result[]>> {
  const source = ctx.buckets.hourly(hours.at(-1)!, which);
  const query = (wanted: readonly Date[]) => sql`select r.bucket as hour, ${columns}
    from ${source} r join ${sensors} on ${sensors.id} = r.sensor_id
    where r.bucket = any(${hoursParam(wanted)}) and ${which}
    ${grouping}`;
  return ctx.hours.of(queryKey(query([])), hours, async (wanted) => {
    const byHour = new Map<number, Result[]>();
    for (const row of await selectRows<Row & { hour: unknown }>(ctx.db, query(wanted), { prepared: true })) {
      const ms = toDate(row.hour)!.getTime();
      const results = byHour.get(ms) ?? [];
      results.push(toResult(row));
      byHour.set(ms, results);
    }
    return byHour;
  });
}
