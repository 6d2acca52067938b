import { ListUnitsInput } from "@/lib/domain/units";
import { agencyScope } from "@/server/auth/agency-scope";
import { listUnits } from "@/server/services/units/list-units";
import { router, viewerProcedure } from "../trpc";

export const unitsRouter = router({
  list: viewerProcedure
    .input(ListUnitsInput.default({}))
    .query(async ({ ctx, input }) => listUnits(ctx.database.db, await agencyScope(ctx.database.db, ctx.session, "units"), input)),
});
