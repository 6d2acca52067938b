import { ListIncidentsInput } from "@/lib/domain/incidents";
import { listIncidents } from "@/server/services/incidents/list-incidents";
import { publicProcedure, router } from "../trpc";

export const incidentsRouter = router({
  list: publicProcedure.input(ListIncidentsInput).query(({ ctx, input }) => listIncidents(ctx.database.db, input)),
});
