import { sql } from "drizzle-orm";
import { sensors } from "@/db/schema";
import { FLOOD_STAGE_LABELS, floodStage, type FloodStage } from "@/lib/domain/flood-stages";
import type { Kpi, KpiStatus } from "@/lib/domain/kpis";
import { SENSOR_KIND_INFO } from "@/lib/domain/sensors";
import { hourlyHistory } from "../hourly-history";
import { kpi, kpiRow, newest, round1 } from "../kpi";
import type { KpiContext } from "../kpi-context";
import { latestOfKind, reporting } from "../sensor-latest";
import { sensorHourlySeries, sensorsOfKind } from "../sensor-hourly-series";
import { sensorStaleAfterS } from "../state-staleness";
import { worstStatus } from "../threshold-status";

const GAUGES_SHOWN = 4;
/** Action stage means get ready; any flooding is red. */
const STAGE_STATUS: Record<FloodStage, KpiStatus> = { normal: "good", action: "warn", minor: "bad", moderate: "bad", major: "bad" };
const actionStage = sql`(${sensors.config} #>> '{floodStagesM,action}')::float8`;

/** River gauges at or above their action stage now, the highest against their stages listed first. */
export async function riverLevelsKpi(ctx: KpiContext): Promise<Kpi> {
  const [gauges, hourly] = await Promise.all([
    latestOfKind(ctx, "water_level"),
    sensorHourlySeries(ctx, await sensorsOfKind(ctx, "water_level"), sql`count(*) filter (where r.max >= ${actionStage})::int`),
  ]);
  const staged = reporting(gauges)
    .flatMap((g) => (g.config.floodStagesM ? [{ ...g, stages: g.config.floodStagesM, stage: floodStage(g.value, g.config.floodStagesM) }] : []))
    .sort((a, b) => b.value - b.stages.action - (a.value - a.stages.action));
  const rows = staged
    .slice(0, GAUGES_SHOWN)
    .map((g) => kpiRow(g.name, round1(g.value), "m", { note: `${FLOOD_STAGE_LABELS[g.stage]} · action ${g.stages.action} m`, status: STAGE_STATUS[g.stage] }));
  return kpi({
    id: "river-levels",
    label: "Rivers at or above action stage",
    unit: "count",
    value: staged.length ? staged.filter((g) => g.stage !== "normal").length : null,
    note: `of ${staged.length} gauges reporting`,
    status: worstStatus(staged.map((g) => STAGE_STATUS[g.stage])),
    ...hourlyHistory(hourly, ctx.now),
    rows,
    asOf: newest(gauges.map((g) => g.at)),
    staleAfterS: sensorStaleAfterS(SENSOR_KIND_INFO.water_level.cadenceS),
  });
}
