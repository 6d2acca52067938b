import { listWards } from "@/server/services/places/list-wards";
import { router, viewerProcedure } from "../trpc";

/** The city's geography is shared by every agency; it still needs a session. */
export const placesRouter = router({
  wards: viewerProcedure.query(({ ctx }) => listWards(ctx.database.db)),
});
