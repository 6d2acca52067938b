import { sql } from "drizzle-orm";
import { selectRows } from "@/db/client";
import { sensors } from "@/db/schema";
import { NIGHT_HOURS, NOISE_EXCEEDANCES, NOISE_LIMIT_DB, type Kpi } from "@/lib/domain/kpis";
import { SENSOR_KIND_INFO } from "@/lib/domain/sensors";
import { localHour, type CityClock } from "../city-clock";
import { hourlyHistory, HOUR_MS } from "../hourly-history";
import { kpi, kpiRow, newest, round1, toDate, toNumber } from "../kpi";
import type { KpiContext } from "../kpi-context";
import { sensorHourlySeries, sensorsOfKind } from "../sensor-hourly-series";
import { sensorStaleAfterS } from "../state-staleness";
import { thresholdStatus } from "../threshold-status";

const LOUDEST_SHOWN = 3;

const isNight = (hour: number) => hour >= NIGHT_HOURS.from || hour < NIGHT_HOURS.to;
const limitAt = (at: Date, clock: CityClock) => (isNight(localHour(at, clock)) ? NOISE_LIMIT_DB.night : NOISE_LIMIT_DB.day);

/** The same day/night limit in SQL, for each hourly bucket at the city's offset. */
function limitOfBucket(clock: CityClock) {
  const hour = sql`extract(hour from (r.bucket at time zone 'UTC') + make_interval(mins => ${clock.utcOffsetMinutes}::int))`;
  return sql`(case when ${hour} >= ${NIGHT_HOURS.from}::int or ${hour} < ${NIGHT_HOURS.to}::int then ${NOISE_LIMIT_DB.night}::float8 else ${NOISE_LIMIT_DB.day}::float8 end)`;
}

/**
 * Noise monitors whose mean over the past hour exceeds the WHO road-traffic level for the time of
 * day. Rollups keep arithmetic sums, so this is the mean of the readings in dB rather than an
 * energy-averaged Leq; it reads a little low, never high, which errs on the quiet side.
 */
export async function noiseKpi(ctx: KpiContext): Promise<Kpi> {
  const which = await sensorsOfKind(ctx, "noise");
  const since = new Date(ctx.now.getTime() - HOUR_MS);
  const [monitors, hourly] = await Promise.all([
    // Each monitor's own minutes, one primary-key range apiece: joined instead, the planner reads
    // every sensor's minutes of the hour and keeps one in ten.
    selectRows<{ name: string; level: unknown; latest: unknown }>(
      ctx.db,
      sql`select ${sensors.name} as name, sum(m.sum) / sum(m.count) as level, max(${sensors.latestAt}) as latest
          from ${sensors} cross join lateral (
            select sum(b.sum) as sum, sum(b.count) as count from ${ctx.buckets.minutely(since, which)} b
            where b.sensor_id = ${sensors.id} and b.bucket >= ${since.toISOString()}::timestamptz
          ) m
          where ${which} and m.count > 0
          group by ${sensors.name} order by level desc`,
      { prepared: true },
    ),
    sensorHourlySeries(ctx, which, sql`count(*) filter (where r.sum / r.count > ${limitOfBucket(ctx.clock)})::int`),
  ]);
  const limit = limitAt(ctx.now, ctx.clock);
  const levels = monitors.map((m) => ({ name: m.name, level: toNumber(m.level)!, latest: toDate(m.latest) }));
  const over = levels.filter((m) => m.level > limit).length;
  return kpi({
    id: "noise-exceedances",
    label: "Noise above limit",
    unit: "count",
    value: levels.length ? over : null,
    note: `of ${levels.length} monitors · limit ${limit} dB (${limit === NOISE_LIMIT_DB.night ? "night" : "day"}), past hour`,
    status: thresholdStatus(levels.length ? over : null, NOISE_EXCEEDANCES),
    ...hourlyHistory(hourly, ctx.now),
    rows: levels
      .slice(0, LOUDEST_SHOWN)
      .map((m) => kpiRow(m.name, round1(m.level), "dB", { status: m.level > limit ? "bad" : "good" })),
    asOf: newest(levels.map((m) => m.latest)),
    staleAfterS: sensorStaleAfterS(SENSOR_KIND_INFO.noise.cadenceS),
  });
}
