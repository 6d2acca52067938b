/** The matatu GTFS feed, through the product's own GTFS static parser, into the transit tables. */
import { transitRoutes, transitShapes, transitStops, transitStopTimes, transitTrips } from "@/db/schema";
import { insertRows } from "./insert-rows";
import type { SeedStep } from "./seed-step";

/** The CityDeck agency that owns the imported network, whatever agency_id the feed uses. */
const TRANSIT_AGENCY = "transit";

export const loadGtfs: SeedStep = {
  name: "transit",
  tables: [transitRoutes, transitStops, transitTrips, transitStopTimes, transitShapes],
  async run(db, city, note) {
    const { feed, rejections } = city.gtfs;
    if (rejections.length) {
      note(`${rejections.length} GTFS rows rejected, e.g. ${rejections.slice(0, 3).map((r) => `${r.file}:${r.line} ${r.reason}`).join("; ")}`);
    }
    await insertRows(
      db,
      transitRoutes,
      feed.routes.map(({ id, shortName, longName, description, routeType, color }) => ({
        id,
        agencyId: TRANSIT_AGENCY,
        shortName,
        longName,
        description,
        routeType,
        color,
      })),
    );
    await insertRows(
      db,
      transitStops,
      feed.stops.map(({ id, name, lon, lat, parentStation }) => ({ id, name, lon, lat, parentStation })),
    );
    await insertRows(db, transitTrips, feed.trips);
    await insertRows(db, transitStopTimes, feed.stopTimes);
    await insertRows(db, transitShapes, feed.shapes);
  },
};
