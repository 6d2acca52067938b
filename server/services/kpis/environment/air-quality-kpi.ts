import { sql, type SQL } from "drizzle-orm";
import { selectRows } from "@/db/client";
import { sensors, wards } from "@/db/schema";
import { pm25Aqi } from "@/lib/domain/air-quality-index";
import type { Kpi, KpiStatus } from "@/lib/domain/kpis";
import { SENSOR_KIND_INFO } from "@/lib/domain/sensors";
import { HISTORY_DAYS, hourlyHistory, hourStart, HOUR_MS } from "../hourly-history";
import { kpi, kpiRow, newest, toDate, toNumber } from "../kpi";
import type { KpiContext } from "../kpi-context";
import { median } from "../percentile";
import { sensorHourRows, sensorsOfKind } from "../sensor-hourly-series";
import { sensorStaleAfterS } from "../state-staleness";

const WORST_WARDS_SHOWN = 4;

/** Good is green; Moderate and "sensitive groups" call for care; Unhealthy and worse are red. */
const aqiStatus = (bandIndex: number): KpiStatus => (bandIndex === 0 ? "good" : bandIndex <= 2 ? "warn" : "bad");
const aqiOf = (pm25: unknown) => (pm25 === null || pm25 === undefined ? null : pm25Aqi(toNumber(pm25)!).aqi);

/** A monitor's PM2.5 over one hourly bucket: its sum and count, so means over many hours weigh each reading once. */
type MonitorHour = { sensorId: string; sum: number; count: number };

/**
 * The wards with the worst air: each ward monitor's 24-hour mean PM2.5 on the US EPA AQI, with
 * the band's name and colour. The baselines compare like with like: the worst ward's 24-hour
 * mean at this hour yesterday, and its median over the seven days before. The sparkline follows
 * the worst ward hour by hour, which shows the air moving sooner than a 24-hour mean can.
 *
 * All three come from each monitor's hourly buckets over eight days, which `ctx.hours` keeps
 * between refreshes: a refresh reads the hours that changed, not 192 hours of every monitor.
 */
export async function airQualityKpi(ctx: KpiContext): Promise<Kpi> {
  const which = await sensorsOfKind(ctx, "air_quality");
  const current = hourStart(ctx.now).getTime();
  // Hour i back from the current one; day k holds hours 24k to 24k + 23 back: k = 0 is the last 24 hours.
  const hours = Array.from({ length: (HISTORY_DAYS + 1) * 24 }, (_, i) => new Date(current - i * HOUR_MS));
  const [monitors, byHour] = await Promise.all([
    selectRows<{ id: string; ward: string; latest: unknown }>(
      ctx.db,
      sql`select ${sensors.id} as id, coalesce(${wards.name}, ${sensors.name}) as ward, ${sensors.latestAt} as latest
          from ${sensors} left join ${wards} on ${wards.code} = ${sensors.wardCode} where ${which}`,
      { prepared: true },
    ),
    monitorHours(ctx, which, hours),
  ]);
  const dayHours = (k: number) => hours.slice(k * 24, k * 24 + 24);
  const wardOf = new Map(monitors.map((m) => [m.id, m.ward]));
  const worstOnDay = (k: number) => aqiOf(maxOrNull([...meansOver(byHour, dayHours(k), (m) => m.sensorId).values()]));
  const worstWards = [...meansOver(byHour, dayHours(0), (m) => wardOf.get(m.sensorId)!)]
    .map(([ward, pm25]) => ({ ward, pm25 }))
    .sort((a, b) => b.pm25 - a.pm25)
    .slice(0, WORST_WARDS_SHOWN);
  const shownWards = new Set(worstWards.map((w) => w.ward));
  const hourly = dayHours(0).map((hour) => ({ hour, value: maxOrNull((byHour.get(hour.getTime()) ?? []).map((m) => m.sum / m.count)) }));
  const previousDays = Array.from({ length: HISTORY_DAYS }, (_, i) => worstOnDay(i + 1)).filter((v) => v !== null);
  const worst = worstWards[0] ? pm25Aqi(worstWards[0].pm25) : null;
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
      const air = pm25Aqi(pm25);
      return kpiRow(ward, air.aqi, "AQI", { note: air.band, color: air.color, status: aqiStatus(air.bandIndex) });
    }),
    asOf: newest(monitors.filter((m) => shownWards.has(m.ward)).map((m) => toDate(m.latest))),
    staleAfterS: sensorStaleAfterS(SENSOR_KIND_INFO.air_quality.cadenceS),
  });
}

/** Each monitor's hourly PM2.5 sums and counts, by hour. */
function monitorHours(ctx: KpiContext, which: SQL, hours: Date[]): Promise<Map<number, MonitorHour[]>> {
  return sensorHourRows(ctx, which, hours, sql`r.sensor_id, r.sum, r.count`, sql``, (row: { sensor_id: string; sum: unknown; count: unknown }) => ({
    sensorId: row.sensor_id,
    sum: toNumber(row.sum)!,
    count: toNumber(row.count)!,
  }));
}

/** The mean PM2.5 of each group of monitors over some hours: total of sums over total of counts. */
function meansOver(byHour: Map<number, MonitorHour[]>, hours: Date[], groupOf: (monitor: MonitorHour) => string): Map<string, number> {
  const sums = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const hour of hours) {
    for (const monitor of byHour.get(hour.getTime()) ?? []) {
      const group = groupOf(monitor);
      sums.set(group, (sums.get(group) ?? 0) + monitor.sum);
      counts.set(group, (counts.get(group) ?? 0) + monitor.count);
    }
  }
  return new Map([...sums].map(([group, sum]) => [group, sum / counts.get(group)!]));
}

const maxOrNull = (values: number[]) => (values.length ? Math.max(...values) : null);
