import { sql } from "drizzle-orm";
import { selectRows } from "@/db/client";
import { sensors, wards } from "@/db/schema";
import { pm25Aqi } from "@/lib/domain/air-quality-index";
import type { Kpi, KpiStatus } from "@/lib/domain/kpis";
import { SENSOR_KIND_INFO } from "@/lib/domain/sensors";
import { historyStart, hourlyHistory, hourStart, HOUR_MS } from "../hourly-history";
import { kpi, kpiRow, newest, toDate, toNumber } from "../kpi";
import type { KpiContext } from "../kpi-context";
import { sensorsOfKind } from "../sensor-hourly-series";
import { sensorStaleAfterS } from "../state-staleness";

const WORST_WARDS_SHOWN = 4;
/** A 24-hour mean ending at an hour covers that hour and the 23 before it. */
const MEAN_SPAN = sql.raw(`interval '23 hours'`);

/** Good is green; Moderate and "sensitive groups" call for care; Unhealthy and worse are red. */
const aqiStatus = (bandIndex: number): KpiStatus => (bandIndex === 0 ? "good" : bandIndex <= 2 ? "warn" : "bad");

/**
 * The wards with the worst air: the 24-hour mean PM2.5 of each ward's monitor on the US EPA AQI,
 * with the band's name and colour. The trend and baselines are the worst ward's 24-hour mean at
 * each hour, so they compare like with like.
 */
export async function airQualityKpi(ctx: KpiContext): Promise<Kpi> {
  const which = await sensorsOfKind(ctx, "air_quality");
  const since = historyStart(ctx.now);
  const readFrom = new Date(since.getTime() - 23 * HOUR_MS);
  const lastDay = new Date(hourStart(ctx.now).getTime() - 23 * HOUR_MS);
  const [worstByHour, worstWards] = await Promise.all([
    selectRows<{ hour: unknown; pm25: unknown }>(
      ctx.db,
      sql`select hour, max(mean) as pm25 from (
            select r.bucket as hour, sum(r.sum) over day / sum(r.count) over day as mean
            from ${ctx.buckets.hourly(readFrom)} r join ${sensors} on ${sensors.id} = r.sensor_id
            where r.bucket >= ${readFrom.toISOString()}::timestamptz and ${which}
            window day as (partition by r.sensor_id order by r.bucket range between ${MEAN_SPAN} preceding and current row)
          ) means
          where hour >= ${since.toISOString()}::timestamptz
          group by hour`,
    ),
    selectRows<{ ward: string | null; pm25: unknown; latest: unknown }>(
      ctx.db,
      sql`select coalesce(${wards.name}, ${sensors.name}) as ward, sum(r.sum) / sum(r.count) as pm25, max(${sensors.latestAt}) as latest
          from ${ctx.buckets.hourly(lastDay)} r join ${sensors} on ${sensors.id} = r.sensor_id left join ${wards} on ${wards.code} = ${sensors.wardCode}
          where r.bucket >= ${lastDay.toISOString()}::timestamptz and ${which}
          group by 1 order by pm25 desc limit ${WORST_WARDS_SHOWN}`,
    ),
  ]);
  const rows = worstWards.map(({ ward, pm25 }) => {
    const air = pm25Aqi(toNumber(pm25)!);
    return kpiRow(ward ?? "Unknown ward", air.aqi, "AQI", { note: air.band, color: air.color, status: aqiStatus(air.bandIndex) });
  });
  const worst = worstWards[0] ? pm25Aqi(toNumber(worstWards[0].pm25)!) : null;
  const hourly = worstByHour.map(({ hour, pm25 }) => ({ hour: toDate(hour)!, value: pm25 === null ? null : pm25Aqi(toNumber(pm25)!).aqi }));
  return kpi({
    id: "air-quality",
    label: "Air quality, worst ward",
    unit: "AQI",
    value: worst?.aqi ?? null,
    note: worst ? `${worst.band} · PM2.5 24 h mean` : "No readings in 24 h",
    color: worst?.color ?? null,
    status: worst ? aqiStatus(worst.bandIndex) : "none",
    ...hourlyHistory(hourly, ctx.now),
    rows,
    asOf: newest(worstWards.map((w) => toDate(w.latest))),
    staleAfterS: sensorStaleAfterS(SENSOR_KIND_INFO.air_quality.cadenceS),
  });
}
