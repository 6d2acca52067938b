import { ListIncidentsInput } from "@/lib/domain/incidents";
import { agencyScope } from "@/server/auth/agency-scope";
import { listIncidents } from "@/server/services/incidents/list-incidents";
import { router, viewerProcedure } from "../trpc";

export const incidentsRouter = router({
  list: viewerProcedure
    .input(ListIncidentsInput)
    .query(async ({ ctx, input }) => listIncidents(ctx.database.db, await agencyScope(ctx.database.db, ctx.session, "incidents"), input)),
});
