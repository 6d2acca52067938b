import { OnChangeInput } from "@/lib/domain/live";
import { currentSeq } from "@/server/live/pull-changes";
import { streamChanges } from "@/server/live/stream-changes";
import { publicProcedure, router } from "../trpc";

export const liveRouter = router({
  /** The seq to pass as `lastEventId` after loading lists, so nothing between load and subscribe is missed. */
  cursor: publicProcedure.query(async ({ ctx }) => String(await currentSeq(ctx.database.db))),
  onChange: publicProcedure
    .input(OnChangeInput)
    .subscription(({ ctx, input, signal }) => streamChanges(ctx.database, input.topics, input.lastEventId, signal)),
});
