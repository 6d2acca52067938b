import { sql } from "drizzle-orm";
import { selectRows } from "@/db/client";
import { sensors, wards } from "@/db/schema";
import { pm25Aqi } from "@/lib/domain/air-quality-index";
import type { Kpi, KpiStatus } from "@/lib/domain/kpis";
import { SENSOR_KIND_INFO } from "@/lib/domain/sensors";
import { HISTORY_DAYS, hourlyHistory, hourStart, HOUR_MS } from "../hourly-history";
import { kpi, kpiRow, newest, toDate, toNumber } from "../kpi";
import type { KpiContext } from "../kpi-context";
import { median } from "../percentile";
import { sensorHourlySeries, sensorsOfKind } from "../sensor-hourly-series";
import { sensorStaleAfterS } from "../state-staleness";

const WORST_WARDS_SHOWN = 4;

/** Good is green; Moderate and "sensitive groups" call for care; Unhealthy and worse are red. */
const aqiStatus = (bandIndex: number): KpiStatus => (bandIndex === 0 ? "good" : bandIndex <= 2 ? "warn" : "bad");
const aqiOf = (pm25: unknown) => (pm25 === null || pm25 === undefined ? null : pm25Aqi(toNumber(pm25)!).aqi);

/**
 * The wards with the worst air: each ward monitor's 24-hour mean PM2.5 on the US EPA AQI, with
 * the band's name and colour. The baselines compare like with like: the worst ward's 24-hour
 * mean at this hour yesterday, and its median over the seven days before. The sparkline follows
 * the worst ward hour by hour, which shows the air moving sooner than a 24-hour mean can.
 */
export async function airQualityKpi(ctx: KpiContext): Promise<Kpi> {
  const which = await sensorsOfKind(ctx, "air_quality");
  const current = hourStart(ctx.now);
  const dayOf = (days: number) => new Date(current.getTime() - (days * 24 - 1) * HOUR_MS);
  const [worstByDay, worstWards, hourly] = await Promise.all([
    // Day k holds the 24 buckets ending k days before the current hour: k = 0 is the last 24 hours.
    // date_part stays in float8, where extract has returned numeric, slower per bucket, since PostgreSQL 14.
    selectRows<{ k: number; pm25: unknown }>(
      ctx.db,
      sql`select k, max(mean) as pm25 from (
            select floor(date_part('epoch', ${current.toISOString()}::timestamptz - r.bucket) / 86400)::int as k, sum(r.sum) / sum(r.count) as mean
            from ${ctx.buckets.hourly(dayOf(HISTORY_DAYS + 1), which)} r join ${sensors} on ${sensors.id} = r.sensor_id
            where r.bucket >= ${dayOf(HISTORY_DAYS + 1).toISOString()}::timestamptz and ${which}
            group by r.sensor_id, 1
          ) daily group by k`,
    ),
    selectRows<{ ward: string; pm25: unknown; latest: unknown }>(
      ctx.db,
      sql`select coalesce(${wards.name}, ${sensors.name}) as ward, sum(r.sum) / sum(r.count) as pm25, max(${sensors.latestAt}) as latest
          from ${ctx.buckets.hourly(dayOf(1), which)} r join ${sensors} on ${sensors.id} = r.sensor_id left join ${wards} on ${wards.code} = ${sensors.wardCode}
          where r.bucket >= ${dayOf(1).toISOString()}::timestamptz and ${which}
          group by 1 order by pm25 desc limit ${WORST_WARDS_SHOWN}`,
    ),
    sensorHourlySeries(ctx, which, sql`max(r.sum / r.count)`),
  ]);
  const worstOnDay = (k: number) => aqiOf(worstByDay.find((d) => d.k === k)?.pm25);
  const previousDays = Array.from({ length: HISTORY_DAYS }, (_, i) => worstOnDay(i + 1)).filter((v) => v !== null);
  const worst = worstWards[0] ? pm25Aqi(toNumber(worstWards[0].pm25)!) : null;
  return kpi({
    id: "air-quality",
    label: "Air quality, worst ward",
    unit: "AQI",
    value: worst?.aqi ?? null,
    note: worst ? `${worst.band} · PM2.5 24 h mean` : "No readings in 24 h",
    color: worst?.color ?? null,
    status: worst ? aqiStatus(worst.bandIndex) : "none",
    trend: hourlyHistory(hourly.map((p) => ({ ...p, value: aqiOf(p.value) })), ctx.now).trend,
    baseline: { sameHourYesterday: worstOnDay(1), median7d: median(previousDays) },
    rows: worstWards.map(({ ward, pm25 }) => {
      const air = pm25Aqi(toNumber(pm25)!);
      return kpiRow(ward, air.aqi, "AQI", { note: air.band, color: air.color, status: aqiStatus(air.bandIndex) });
    }),
    asOf: newest(worstWards.map((w) => toDate(w.latest))),
    staleAfterS: sensorStaleAfterS(SENSOR_KIND_INFO.air_quality.cadenceS),
  });
}
