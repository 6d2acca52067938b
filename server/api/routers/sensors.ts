import { GetSensorInput, ListSensorsInput } from "@/lib/domain/sensors";
import { agencyScope } from "@/server/auth/agency-scope";
import { getSensor } from "@/server/services/sensors/get-sensor";
import { listSensors } from "@/server/services/sensors/list-sensors";
import { router, viewerProcedure } from "../trpc";

export const sensorsRouter = router({
  list: viewerProcedure
    .input(ListSensorsInput.default({}))
    .query(async ({ ctx, input }) => listSensors(ctx.database.db, await agencyScope(ctx.database.db, ctx.session, "sensors"), input)),
  get: viewerProcedure
    .input(GetSensorInput)
    .query(async ({ ctx, input }) => getSensor(ctx.database.db, await agencyScope(ctx.database.db, ctx.session, "sensors"), input)),
});
