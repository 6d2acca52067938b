import { listRoutes } from "@/server/services/transit/list-routes";
import { publicProcedure, router } from "../trpc";

export const transitRouter = router({
  routes: publicProcedure.query(({ ctx }) => listRoutes(ctx.database.db)),
});
