import { FindDuplicatesInput, RecommendUnitsInput, SearchPlacesInput } from "@/lib/domain/dispatch";
import { agencyScope } from "@/server/auth/agency-scope";
import { searchPlaces } from "@/server/dispatch/gazetteer/search-places";
import { recommendUnits } from "@/server/dispatch/recommend-units";
import { responseTargets } from "@/server/dispatch/response-targets";
import { findDuplicateIncidents } from "@/server/services/incidents/find-duplicate-incidents";
import { dispatcherProcedure, router, viewerProcedure } from "../trpc";

export const dispatchRouter = router({
  /** The city's gazetteer (shared by every agency): wards, roads, junctions, stops, hospitals, schools. */
  searchPlaces: viewerProcedure.input(SearchPlacesInput).query(({ ctx, input }) => searchPlaces(ctx.database.db, input)),
  findDuplicates: viewerProcedure
    .input(FindDuplicatesInput)
    .query(async ({ ctx, input }) => findDuplicateIncidents(ctx.database.db, await agencyScope(ctx.database.db, ctx.session, "incidents"), input)),
  recommend: dispatcherProcedure.input(RecommendUnitsInput).query(async ({ ctx, input }) => {
    const { db } = ctx.database;
    const scopes = { incidents: await agencyScope(db, ctx.session, "incidents"), units: await agencyScope(db, ctx.session, "units") };
    return recommendUnits(db, ctx.session, scopes, input.incidentId);
  }),
  targets: viewerProcedure.query(() => responseTargets()),
});
