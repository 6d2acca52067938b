import { relative } from "node:path";
import { insertRows } from "@/db/insert-rows";
import { feeds } from "@/db/schema";
import type { FeedType } from "@/lib/domain/feeds";
import type { SeedStep } from "./seed-step";

interface FeedDefinition {
  id: string;
  agencyId: string;
  type: FeedType;
  name: string;
  /** HTTP URL or path (a path is resolved against the app's own URL), MQTT topic filter, or file: path. */
  endpoint: string;
  intervalS: number;
}

/** The matatu network's feed: the transit step imports its source as this feed. */
export const MATATU_GTFS = { id: "matatu-gtfs", agencyId: "transit" };

/** The feeds CityDeck runs. The simulator publishes the live ones through these real protocols. */
function feedDefinitions(gtfsPath: string): FeedDefinition[] {
  return [
    { ...MATATU_GTFS, type: "gtfs_static", name: "Matatu network (GTFS static)", endpoint: `file:${relative(process.cwd(), gtfsPath)}`, intervalS: 86_400 },
    { id: "matatu-gtfs-rt", agencyId: "transit", type: "gtfs_rt", name: "Matatu positions (GTFS-Realtime)", endpoint: "/api/sim/gtfs-rt/vehicle-positions", intervalS: 15 },
    { id: "matatu-gtfs-rt-trips", agencyId: "transit", type: "gtfs_rt", name: "Matatu delays (GTFS-Realtime trip updates)", endpoint: "/api/sim/gtfs-rt/trip-updates", intervalS: 30 },
    { id: "kmd-cap", agencyId: "environment", type: "cap", name: "Weather warnings (CAP 1.2)", endpoint: "/api/sim/cap.atom", intervalS: 60 },
    { id: "city-open311", agencyId: "city", type: "open311", name: "Citizen service requests (Open311 GeoReport v2)", endpoint: "/api/sim/open311", intervalS: 60 },
    { id: "sensors-mqtt", agencyId: "city", type: "mqtt_senml", name: "Sensors over MQTT (SenML)", endpoint: "citydeck/+/+", intervalS: 60 },
    { id: "sensors-http", agencyId: "city", type: "http_senml", name: "Sensors over HTTP (SenML)", endpoint: "/api/ingest/senml", intervalS: 60 },
  ];
}

export const loadFeeds: SeedStep = {
  name: "feeds",
  tables: [feeds],
  async run(db, city) {
    // The transit step imports the GTFS source next: its feed starts healthy, at that source's
    // version, so the poller confirms it rather than importing it again.
    const imported = { version: city.gtfsVersion, lastSuccessAt: new Date() };
    const delivered = (feed: FeedDefinition) => (feed.type === "gtfs_static" ? imported : { version: null, lastSuccessAt: null });
    await insertRows(db, feeds, feedDefinitions(city.gtfsPath).map((feed) => ({ ...feed, ...delivered(feed) })));
  },
};
