import { sql } from "drizzle-orm";
import { SUBSTATION_LOAD, type Kpi } from "@/lib/domain/kpis";
import { SENSOR_KIND_INFO } from "@/lib/domain/sensors";
import { hourlyHistory } from "../hourly-history";
import { kpi, kpiRow, newest, round1 } from "../kpi";
import type { KpiContext } from "../kpi-context";
import { latestOfKind, reporting } from "../sensor-latest";
import { sensorHourlySeries, sensorsOfKind } from "../sensor-hourly-series";
import { sensorStaleAfterS } from "../state-staleness";
import { thresholdStatus } from "../threshold-status";

const BUSIEST_SHOWN = 3;

/** The most loaded substation (percent of its capacity) and the busiest few; the trend is each hour's peak. */
export async function substationLoadKpi(ctx: KpiContext): Promise<Kpi> {
  const [substations, hourly] = await Promise.all([
    latestOfKind(ctx, "substation_load"),
    sensorHourlySeries(ctx, await sensorsOfKind(ctx, "substation_load"), sql`max(r.max)`),
  ]);
  const loads = reporting(substations);
  const peak = loads[0]?.value ?? null;
  return kpi({
    id: "substation-load",
    label: "Substation load, peak",
    unit: "%",
    value: round1(peak),
    note: `${loads.filter((s) => thresholdStatus(s.value, SUBSTATION_LOAD) !== "good").length} of ${loads.length} at ${SUBSTATION_LOAD.warn}% or more`,
    status: thresholdStatus(peak, SUBSTATION_LOAD),
    ...hourlyHistory(hourly, ctx.now),
    rows: loads.slice(0, BUSIEST_SHOWN).map((s) =>
      kpiRow(s.name, round1(s.value), "%", { note: s.config.capacityMva ? `${s.config.capacityMva} MVA` : null, status: thresholdStatus(s.value, SUBSTATION_LOAD) }),
    ),
    asOf: newest(substations.map((s) => s.at)),
    staleAfterS: sensorStaleAfterS(SENSOR_KIND_INFO.substation_load.cadenceS),
  });
}
