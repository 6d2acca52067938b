import { ListUnitsInput, ReassignUnitInput, SetUnitStatusInput } from "@/lib/domain/units";
import { agencyScope } from "@/server/auth/agency-scope";
import { listUnits } from "@/server/services/units/list-units";
import { reassignUnit } from "@/server/services/units/reassign-unit";
import { setUnitStatus } from "@/server/services/units/set-unit-status";
import { dispatcherProcedure, router, viewerProcedure } from "../trpc";

export const unitsRouter = router({
  list: viewerProcedure
    .input(ListUnitsInput.default({}))
    .query(async ({ ctx, input }) => listUnits(ctx.database.db, await agencyScope(ctx.database.db, ctx.session, "units"), input)),
  setStatus: dispatcherProcedure.input(SetUnitStatusInput).mutation(({ ctx, input }) => setUnitStatus(ctx.database.db, ctx.session, ctx.actor, input)),
  reassign: dispatcherProcedure.input(ReassignUnitInput).mutation(({ ctx, input }) => reassignUnit(ctx.database.db, ctx.session, ctx.actor, input)),
});
