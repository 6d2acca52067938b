import { emergencyKpis } from "@/server/services/kpis/emergency/emergency-kpis";
import { environmentKpis } from "@/server/services/kpis/environment/environment-kpis";
import { feedHealthKpi } from "@/server/services/kpis/feed-health-kpi";
import { kpiContextFor } from "@/server/services/kpis/kpi-context";
import { transportKpis } from "@/server/services/kpis/transport/transport-kpis";
import { utilitiesKpis } from "@/server/services/kpis/utilities/utilities-kpis";
import { router, viewerProcedure } from "../trpc";

/** The wallboard's KPIs, one query per panel, each within the caller's agency scope. */
export const kpisRouter = router({
  emergency: viewerProcedure.query(({ ctx }) => emergencyKpis(kpiContextFor(ctx.database.db, ctx.session))),
  transport: viewerProcedure.query(({ ctx }) => transportKpis(kpiContextFor(ctx.database.db, ctx.session))),
  environment: viewerProcedure.query(({ ctx }) => environmentKpis(kpiContextFor(ctx.database.db, ctx.session))),
  utilities: viewerProcedure.query(({ ctx }) => utilitiesKpis(kpiContextFor(ctx.database.db, ctx.session))),
  feedHealth: viewerProcedure.query(({ ctx }) => feedHealthKpi(kpiContextFor(ctx.database.db, ctx.session))),
});
