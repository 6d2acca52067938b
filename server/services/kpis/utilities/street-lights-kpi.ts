import { sql } from "drizzle-orm";
import { sensors } from "@/db/schema";
import { STREET_LIGHTS_OUT, type Kpi } from "@/lib/domain/kpis";
import { SENSOR_KIND_INFO } from "@/lib/domain/sensors";
import { hourlyHistory } from "../hourly-history";
import { kpi, newest, round1 } from "../kpi";
import type { KpiContext } from "../kpi-context";
import { latestOfKind, reporting } from "../sensor-latest";
import { sensorHourlySeries, sensorsOfKind } from "../sensor-hourly-series";
import { sensorStaleAfterS } from "../state-staleness";
import { thresholdStatus } from "../threshold-status";

/** A circuit without a lamp count weighs as one lamp. */
const lampsSql = sql`coalesce((${sensors.config} ->> 'circuitLamps')::float8, 1)`;

/**
 * The share of the city's lamps that are out. Each circuit reports the share of its lamps lit
 * (SenML "/", 0..1); weighting by the circuit's lamp count makes a dark 60-lamp avenue count for
 * more than a dark 20-lamp lane.
 */
export async function streetLightsKpi(ctx: KpiContext): Promise<Kpi> {
  const [circuits, hourly] = await Promise.all([
    latestOfKind(ctx, "streetlight_circuit"),
    sensorHourlySeries(ctx, await sensorsOfKind(ctx, "streetlight_circuit"), sql`100 * sum(${lampsSql} * (1 - r.sum / r.count)) / sum(${lampsSql})`),
  ]);
  const lit = reporting(circuits).map((c) => ({ lamps: c.config.circuitLamps ?? 1, litShare: c.value }));
  const lamps = lit.reduce((sum, c) => sum + c.lamps, 0);
  const out = lit.reduce((sum, c) => sum + c.lamps * (1 - c.litShare), 0);
  const percentOut = lamps ? (100 * out) / lamps : null;
  return kpi({
    id: "street-lights-out",
    label: "Street lights out",
    unit: "%",
    value: round1(percentOut),
    note: lamps ? `${Math.round(out)} of ${lamps} lamps on ${lit.length} circuits` : "No circuits reporting",
    status: thresholdStatus(percentOut, STREET_LIGHTS_OUT),
    ...hourlyHistory(hourly.map((p) => ({ ...p, value: round1(p.value) })), ctx.now),
    asOf: newest(circuits.map((c) => c.at)),
    staleAfterS: sensorStaleAfterS(SENSOR_KIND_INFO.streetlight_circuit.cadenceS),
  });
}
