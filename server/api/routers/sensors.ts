import { ListSensorsInput } from "@/lib/domain/sensors";
import { listSensors } from "@/server/services/sensors/list-sensors";
import { publicProcedure, router } from "../trpc";

export const sensorsRouter = router({
  list: publicProcedure.input(ListSensorsInput.default({})).query(({ ctx, input }) => listSensors(ctx.database.db, input)),
});
