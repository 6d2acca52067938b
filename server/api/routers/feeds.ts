import { agencyScope } from "@/server/auth/agency-scope";
import { CreateFeedInput, FeedRejectsInput, SetFeedEnabledInput, UpdateFeedInput } from "@/server/services/feeds/feed-inputs";
import { listFeedRejects } from "@/server/services/feeds/list-feed-rejects";
import { listFeeds } from "@/server/services/feeds/list-feeds";
import { createFeed, setFeedEnabled, updateFeed } from "@/server/services/feeds/manage-feeds";
import { router, supervisorProcedure, viewerProcedure } from "../trpc";

export const feedsRouter = router({
  list: viewerProcedure.query(async ({ ctx }) => listFeeds(ctx.database.db, await agencyScope(ctx.database.db, ctx.session, "feeds"))),
  rejects: supervisorProcedure.input(FeedRejectsInput).query(({ ctx, input }) => listFeedRejects(ctx.database.db, ctx.session, input)),
  create: supervisorProcedure.input(CreateFeedInput).mutation(({ ctx, input }) => createFeed(ctx.database.db, ctx.session, ctx.actor, input)),
  update: supervisorProcedure.input(UpdateFeedInput).mutation(({ ctx, input }) => updateFeed(ctx.database.db, ctx.session, ctx.actor, input)),
  setEnabled: supervisorProcedure.input(SetFeedEnabledInput).mutation(({ ctx, input }) => setFeedEnabled(ctx.database.db, ctx.session, ctx.actor, input.id, input.enabled)),
});
