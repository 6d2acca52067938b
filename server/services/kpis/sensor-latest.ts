import { sensors } from "@/db/schema";
import type { SensorKind } from "@/lib/domain/sensors";
import type { KpiContext } from "./kpi-context";
import { sensorsOfKind } from "./sensor-hourly-series";

/** The latest value of each sensor of a kind the caller may see (the live row the ingest writer keeps). */
export async function latestOfKind(ctx: KpiContext, kind: SensorKind) {
  return ctx.db
    .select({ id: sensors.id, name: sensors.name, value: sensors.latestValue, at: sensors.latestAt, config: sensors.config })
    .from(sensors)
    .where(await sensorsOfKind(ctx, kind));
}

export type LatestReading = Awaited<ReturnType<typeof latestOfKind>>[number];

/** Sensors that have reported, highest value first. */
export const reporting = (readings: readonly LatestReading[]) =>
  readings.filter((r): r is LatestReading & { value: number } => r.value !== null).sort((a, b) => b.value - a.value);
