import { AcknowledgeInterruptInput, SavePlaylistInput } from "@/lib/domain/wallboard";
import { acknowledgeInterrupt } from "@/server/services/wallboard/acknowledge-interrupt";
import { listInterrupts } from "@/server/services/wallboard/list-interrupts";
import { savePlaylist } from "@/server/services/wallboard/save-playlist";
import { getWallboardSettings } from "@/server/services/wallboard/wallboard-settings";
import { dispatcherProcedure, router, supervisorProcedure, viewerProcedure } from "../trpc";

export const wallboardRouter = router({
  settings: viewerProcedure.query(({ ctx }) => getWallboardSettings(ctx.database.db, ctx.session)),
  savePlaylist: supervisorProcedure
    .input(SavePlaylistInput)
    .mutation(({ ctx, input }) => savePlaylist(ctx.database.db, ctx.session, ctx.actor, input)),
  interrupts: viewerProcedure.query(({ ctx }) => listInterrupts(ctx.database.db, ctx.session)),
  acknowledgeInterrupt: dispatcherProcedure
    .input(AcknowledgeInterruptInput)
    .mutation(({ ctx, input }) => acknowledgeInterrupt(ctx.database.db, ctx.session, ctx.actor, input)),
});
