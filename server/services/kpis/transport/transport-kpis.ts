import type { KpiPanelData } from "@/lib/domain/kpis";
import type { KpiContext } from "../kpi-context";
import { corridorSpeedKpi } from "./corridor-speed-kpi";
import { vehicleKpis } from "./vehicle-kpis";

/** The transport panel: matatus in service and on time, road speed on the main corridors. */
export async function transportKpis(ctx: KpiContext): Promise<KpiPanelData> {
  const [vehicles, corridors] = await Promise.all([vehicleKpis(ctx), corridorSpeedKpi(ctx)]);
  return { kpis: [...vehicles, corridors], computedAt: ctx.now };
}
