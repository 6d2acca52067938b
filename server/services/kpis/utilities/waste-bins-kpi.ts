import { sql } from "drizzle-orm";
import { BIN_FULL_PERCENT, BINS_FULL, type Kpi } from "@/lib/domain/kpis";
import { SENSOR_KIND_INFO } from "@/lib/domain/sensors";
import { hourlyHistory } from "../hourly-history";
import { kpi, kpiRow, newest, round1 } from "../kpi";
import type { KpiContext } from "../kpi-context";
import { latestOfKind, reporting } from "../sensor-latest";
import { sensorHourlySeries, sensorsOfKind } from "../sensor-hourly-series";
import { sensorStaleAfterS } from "../state-staleness";
import { thresholdStatus } from "../threshold-status";

const FULLEST_SHOWN = 3;

/** Smart bins above 80 % full now; the trend counts the bins whose last reading of each hour was. */
export async function wasteBinsKpi(ctx: KpiContext): Promise<Kpi> {
  const [bins, hourly] = await Promise.all([
    latestOfKind(ctx, "waste_bin_fill"),
    sensorHourlySeries(ctx, await sensorsOfKind(ctx, "waste_bin_fill"), sql`count(*) filter (where r.last > ${BIN_FULL_PERCENT}::float8)::int`),
  ]);
  const fills = reporting(bins);
  const full = fills.filter((b) => b.value > BIN_FULL_PERCENT);
  return kpi({
    id: "bins-full",
    label: `Bins above ${BIN_FULL_PERCENT}% full`,
    unit: "count",
    value: fills.length ? full.length : null,
    note: `of ${fills.length} bins reporting`,
    status: thresholdStatus(fills.length ? full.length : null, BINS_FULL),
    ...hourlyHistory(hourly, ctx.now),
    rows: full.slice(0, FULLEST_SHOWN).map((b) => kpiRow(b.name, round1(b.value), "%", { status: "warn" })),
    asOf: newest(bins.map((b) => b.at)),
    staleAfterS: sensorStaleAfterS(SENSOR_KIND_INFO.waste_bin_fill.cadenceS),
  });
}
