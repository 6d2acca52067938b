import { listWards } from "@/server/services/places/list-wards";
import { publicProcedure, router } from "../trpc";

export const placesRouter = router({
  wards: publicProcedure.query(({ ctx }) => listWards(ctx.database.db)),
});
