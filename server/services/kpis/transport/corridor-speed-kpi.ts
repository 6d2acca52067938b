import { inArray, sql } from "drizzle-orm";
import { selectRows } from "@/db/client";
import { roads, sensors } from "@/db/schema";
import { CORRIDOR_SPEED_SHARE, CORRIDOR_SPEED_WINDOW_MIN, MAIN_CORRIDORS, type Kpi } from "@/lib/domain/kpis";
import { SENSOR_KIND_INFO } from "@/lib/domain/sensors";
import { hourlyHistory } from "../hourly-history";
import { kpi, kpiRow, newest, round1, toDate, toNumber } from "../kpi";
import type { KpiContext } from "../kpi-context";
import { sensorHourlySeries, sensorsOfKind } from "../sensor-hourly-series";
import { sensorStaleAfterS } from "../state-staleness";
import { thresholdStatus, worstStatus } from "../threshold-status";

const onMainCorridors = sql`${sensors.roadId} in (select ${roads.id} from ${roads} where ${inArray(roads.name, MAIN_CORRIDORS)})`;

/**
 * Mean speed over the last quarter hour on each main corridor that has a traffic station, judged
 * as a share of its speed limit. A corridor with no recent reading stays listed, without a value.
 */
export async function corridorSpeedKpi(ctx: KpiContext): Promise<Kpi> {
  const which = await sensorsOfKind(ctx, "traffic_speed", onMainCorridors);
  const since = new Date(ctx.now.getTime() - CORRIDOR_SPEED_WINDOW_MIN * 60_000);
  const [corridors, hourly] = await Promise.all([
    selectRows<{ road: string; total: unknown; n: unknown; limit_kph: unknown; latest: unknown }>(
      ctx.db,
      sql`select ${roads.name} as road, sum(m.sum) as total, sum(m.count)::int as n,
            min((${sensors.config} ->> 'speedLimitKph')::float8) as limit_kph, max(${sensors.latestAt}) as latest
          from ${sensors} join ${roads} on ${roads.id} = ${sensors.roadId}
            left join ${ctx.buckets.minutely(since, which)} m on m.sensor_id = ${sensors.id} and m.bucket >= ${since.toISOString()}::timestamptz
          where ${which}
          group by ${roads.name}`,
      { prepared: true },
    ),
    sensorHourlySeries(ctx, which, sql`sum(r.sum) / sum(r.count)`),
  ]);
  const rows = corridors
    .map(({ road, total, n, limit_kph }) => {
      const kph = toNumber(n) ? toNumber(total)! / toNumber(n)! : null;
      const limit = toNumber(limit_kph);
      const share = kph !== null && limit ? (100 * kph) / limit : null;
      return kpiRow(road, round1(kph), "km/h", { note: limit ? `limit ${limit}` : null, status: thresholdStatus(share, CORRIDOR_SPEED_SHARE) });
    })
    .sort((a, b) => MAIN_CORRIDORS.indexOf(a.label) - MAIN_CORRIDORS.indexOf(b.label));
  const readings = corridors.reduce((sum, c) => sum + (toNumber(c.n) ?? 0), 0);
  const overall = readings ? corridors.reduce((sum, c) => sum + (toNumber(c.total) ?? 0), 0) / readings : null;
  return kpi({
    id: "corridor-speed",
    label: "Road speed, main corridors",
    unit: "km/h",
    value: round1(overall),
    note: `Mean of the last ${CORRIDOR_SPEED_WINDOW_MIN} min`,
    status: worstStatus(rows.map((r) => r.status)),
    ...hourlyHistory(hourly, ctx.now),
    rows,
    asOf: newest(corridors.map((c) => toDate(c.latest))),
    staleAfterS: sensorStaleAfterS(SENSOR_KIND_INFO.traffic_speed.cadenceS),
  });
}
