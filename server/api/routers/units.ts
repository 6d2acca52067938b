import { ListUnitsInput } from "@/lib/domain/units";
import { listUnits } from "@/server/services/units/list-units";
import { publicProcedure, router } from "../trpc";

export const unitsRouter = router({
  list: publicProcedure.input(ListUnitsInput.default({})).query(({ ctx, input }) => listUnits(ctx.database.db, input)),
});
