import { OnChangeInput } from "@/lib/domain/live";
import { agencyScope } from "@/server/auth/agency-scope";
import { assertSessionActive } from "@/server/auth/session-active";
import { currentSeq, topicDomains } from "@/server/live/pull-changes";
import { streamChanges } from "@/server/live/stream-changes";
import { router, viewerProcedure } from "../trpc";

export const liveRouter = router({
  /** The seq to pass as `lastEventId` after loading lists, so nothing between load and subscribe is missed. */
  cursor: viewerProcedure.query(async ({ ctx }) => String(await currentSeq(ctx.database.db))),
  onChange: viewerProcedure.input(OnChangeInput).subscription(({ ctx, input, signal }) => {
    const { db } = ctx.database;
    const resolveScopes = async () => {
      await assertSessionActive(db, ctx.session);
      const scopes = await Promise.all(input.topics.map(async (topic) => [topic, await agencyScope(db, ctx.session, topicDomains[topic])] as const));
      return Object.fromEntries(scopes);
    };
    return streamChanges(ctx.database, input.topics, resolveScopes, input.lastEventId, signal);
  }),
});
