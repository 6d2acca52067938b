import { IncidentDensityInput, SensorAlertsInput, SensorHistoryInput, WardMetricsInput } from "@/lib/domain/map";
import { agencyScope } from "@/server/auth/agency-scope";
import { incidentDensity } from "@/server/services/map/incident-density";
import { listAlertAreas } from "@/server/services/map/list-alert-areas";
import { listSensorAlerts } from "@/server/services/map/list-sensor-alerts";
import { listTrafficRoads } from "@/server/services/map/list-traffic-roads";
import { listVehicles } from "@/server/services/map/list-vehicles";
import { listOpenWorkOrders } from "@/server/services/map/list-work-orders";
import { sensorHistory } from "@/server/services/map/sensor-history";
import { unitRoutes } from "@/server/services/map/unit-routes";
import { WARD_METRIC_DOMAINS, wardMetrics } from "@/server/services/map/ward-metrics";
import { router, viewerProcedure } from "../trpc";

/** What the operating picture reads besides the plain lists: aggregates, histories and extra layers. */
export const mapRouter = router({
  incidentDensity: viewerProcedure
    .input(IncidentDensityInput)
    .query(async ({ ctx, input }) => incidentDensity(ctx.database.db, await agencyScope(ctx.database.db, ctx.session, "incidents"), input)),
  wardMetrics: viewerProcedure
    .input(WardMetricsInput)
    .query(async ({ ctx, input }) =>
      wardMetrics(ctx.database.db, await agencyScope(ctx.database.db, ctx.session, WARD_METRIC_DOMAINS[input.metric]), input.metric),
    ),
  sensorHistory: viewerProcedure
    .input(SensorHistoryInput)
    .query(async ({ ctx, input }) => sensorHistory(ctx.database.db, await agencyScope(ctx.database.db, ctx.session, "sensors"), input)),
  sensorAlerts: viewerProcedure
    .input(SensorAlertsInput)
    .query(async ({ ctx, input }) => listSensorAlerts(ctx.database.db, await agencyScope(ctx.database.db, ctx.session, "alerts"), input)),
  vehicles: viewerProcedure.query(async ({ ctx }) => listVehicles(ctx.database.db, await agencyScope(ctx.database.db, ctx.session, "transit"))),
  workOrders: viewerProcedure.query(async ({ ctx }) => listOpenWorkOrders(ctx.database.db, await agencyScope(ctx.database.db, ctx.session, "incidents"))),
  alertAreas: viewerProcedure.query(async ({ ctx }) => listAlertAreas(ctx.database.db, await agencyScope(ctx.database.db, ctx.session, "alerts"))),
  unitRoutes: viewerProcedure.query(async ({ ctx }) => {
    const { db } = ctx.database;
    return unitRoutes(db, { units: await agencyScope(db, ctx.session, "units"), incidents: await agencyScope(db, ctx.session, "incidents") });
  }),
  trafficRoads: viewerProcedure.query(async ({ ctx }) => listTrafficRoads(ctx.database.db, await agencyScope(ctx.database.db, ctx.session, "sensors"))),
});
