import { agenciesRouter } from "./routers/agencies";
import { alertsRouter } from "./routers/alerts";
import { apiTokensRouter } from "./routers/api-tokens";
import { auditRouter } from "./routers/audit";
import { authRouter } from "./routers/auth";
import { drillsRouter } from "./routers/drills";
import { dispatchRouter } from "./routers/dispatch";
import { feedsRouter } from "./routers/feeds";
import { incidentsRouter } from "./routers/incidents";
import { kpisRouter } from "./routers/kpis";
import { liveRouter } from "./routers/live";
import { mapRouter } from "./routers/map";
import { placesRouter } from "./routers/places";
import { rulesRouter } from "./routers/rules";
import { sensorsRouter } from "./routers/sensors";
import { sharingRouter } from "./routers/sharing";
import { transitRouter } from "./routers/transit";
import { unitsRouter } from "./routers/units";
import { usersRouter } from "./routers/users";
import { wallboardRouter } from "./routers/wallboard";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  auth: authRouter,
  agencies: agenciesRouter,
  users: usersRouter,
  apiTokens: apiTokensRouter,
  sharing: sharingRouter,
  audit: auditRouter,
  places: placesRouter,
  incidents: incidentsRouter,
  units: unitsRouter,
  transit: transitRouter,
  sensors: sensorsRouter,
  live: liveRouter,
  kpis: kpisRouter,
  wallboard: wallboardRouter,
  dispatch: dispatchRouter,
  map: mapRouter,
  alerts: alertsRouter,
  rules: rulesRouter,
  feeds: feedsRouter,
  drills: drillsRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
