import { listAgencies } from "@/server/services/access/list-agencies";
import { router, viewerProcedure } from "../trpc";

export const agenciesRouter = router({
  list: viewerProcedure.query(({ ctx }) => listAgencies(ctx.database.db)),
});
