import { z } from "zod";
import { listDrills, startDrill } from "@/server/services/drills/drills";
import { router, supervisorProcedure } from "../trpc";

/** Operator training: supervisors start the simulator's named scenarios (flash flood, pile-up, outage). */
export const drillsRouter = router({
  list: supervisorProcedure.query(() => listDrills()),
  start: supervisorProcedure
    .input(z.object({ name: z.string().regex(/^[a-z0-9-]{1,60}$/) }))
    .mutation(({ ctx, input }) => startDrill(ctx.database.db, ctx.actor, input.name)),
});
