/** The matatu GTFS feed, through the product's own GTFS static parser and network writer, into the transit tables. */
import { insertRows } from "@/db/insert-rows";
import { transitRoutes, transitShapes, transitStops, transitStopTimes, transitTrips } from "@/db/schema";
import { describeRejection } from "@/server/feeds/gtfs-static/parse-gtfs";
import { storeGtfsNetwork } from "@/server/ingest/sinks/gtfs-network-sink";
import { MATATU_GTFS } from "./load-feeds";
import type { SeedStep } from "./seed-step";

export const loadGtfs: SeedStep = {
  name: "transit",
  tables: [transitRoutes, transitStops, transitTrips, transitStopTimes, transitShapes],
  async run(db, city, note) {
    const { feed, rejections } = city.gtfs;
    if (rejections.length) {
      note(`${rejections.length} GTFS rows rejected, e.g. ${rejections.slice(0, 3).map(describeRejection).join("; ")}`);
    }
    // Owned by the transit agency, whatever agency_id the feed itself uses.
    await storeGtfsNetwork(db, feed, MATATU_GTFS, insertRows);
  },
};
