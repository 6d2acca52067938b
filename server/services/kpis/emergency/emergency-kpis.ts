import type { KpiPanelData } from "@/lib/domain/kpis";
import type { KpiContext } from "../kpi-context";
import { dispatchShareKpi } from "./dispatch-share-kpi";
import { loadIncidentWindow } from "./incident-window";
import { openIncidentsKpi } from "./open-incidents-kpi";
import { responseTimeKpi } from "./response-time-kpi";
import { unitsAvailableKpi } from "./units-available-kpi";

/** The emergency panel: open incidents, NFPA dispatch share, response times, units available. */
export async function emergencyKpis(ctx: KpiContext): Promise<KpiPanelData> {
  const [incidents, units] = await Promise.all([loadIncidentWindow(ctx), unitsAvailableKpi(ctx)]);
  return {
    kpis: [
      openIncidentsKpi(incidents, ctx.now),
      dispatchShareKpi(incidents, ctx.now, ctx.clock),
      responseTimeKpi(incidents, ctx.now),
      units,
    ],
    computedAt: ctx.now,
  };
}
