import type { KpiPanelData } from "@/lib/domain/kpis";
import type { KpiContext } from "../kpi-context";
import { airQualityKpi } from "./air-quality-kpi";
import { noiseKpi } from "./noise-kpi";
import { riverLevelsKpi } from "./river-levels-kpi";

/** The environment panel: worst wards by AQI, rivers against flood stages, noise exceedances. */
export async function environmentKpis(ctx: KpiContext): Promise<KpiPanelData> {
  return { kpis: await Promise.all([airQualityKpi(ctx), riverLevelsKpi(ctx), noiseKpi(ctx)]), computedAt: ctx.now };
}
