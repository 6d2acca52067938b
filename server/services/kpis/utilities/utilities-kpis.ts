import type { KpiPanelData } from "@/lib/domain/kpis";
import type { KpiContext } from "../kpi-context";
import { openRequestsKpi } from "./open-requests-kpi";
import { streetLightsKpi } from "./street-lights-kpi";
import { substationLoadKpi } from "./substation-load-kpi";
import { wasteBinsKpi } from "./waste-bins-kpi";

/** The utilities panel: substation load, street lights out, full bins, open citizen requests. */
export async function utilitiesKpis(ctx: KpiContext): Promise<KpiPanelData> {
  return {
    kpis: await Promise.all([substationLoadKpi(ctx), streetLightsKpi(ctx), wasteBinsKpi(ctx), openRequestsKpi(ctx)]),
    computedAt: ctx.now,
  };
}
