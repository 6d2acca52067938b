import { agencyScope } from "@/server/auth/agency-scope";
import { listRoutes } from "@/server/services/transit/list-routes";
import { router, viewerProcedure } from "../trpc";

export const transitRouter = router({
  routes: viewerProcedure.query(async ({ ctx }) => listRoutes(ctx.database.db, await agencyScope(ctx.database.db, ctx.session, "transit"))),
});
