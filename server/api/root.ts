import { incidentsRouter } from "./routers/incidents";
import { liveRouter } from "./routers/live";
import { placesRouter } from "./routers/places";
import { sensorsRouter } from "./routers/sensors";
import { transitRouter } from "./routers/transit";
import { unitsRouter } from "./routers/units";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  places: placesRouter,
  incidents: incidentsRouter,
  units: unitsRouter,
  transit: transitRouter,
  sensors: sensorsRouter,
  live: liveRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
