/** GTFS-Realtime TripUpdates of the simulated matatus (protobuf FeedMessage). */
import { feedResponse, withSimulator } from "@/server/simulator/http/feed-response";

export const dynamic = "force-dynamic";

export function GET() {
  return withSimulator((simulator, now) => feedResponse(simulator.tripUpdatesFeed(now), "application/x-protobuf"));
}
