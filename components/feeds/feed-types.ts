/** What the feeds page says about each feed type, and which agencies a new feed may belong to (the server rules the same way). */
import { COMMAND_AGENCY_KIND } from "@/lib/domain/access";
import type { FeedType } from "@/lib/domain/feeds";

export const FEED_TYPE_LABELS: Record<FeedType, string> = {
  gtfs_static: "GTFS static (network and timetable)",
  gtfs_rt: "GTFS-Realtime (vehicle positions, trip updates)",
  cap: "CAP 1.2 alerts (Atom or XML)",
  open311: "Open311 GeoReport v2 (service requests)",
  mqtt_senml: "SenML over MQTT (sensors)",
  http_senml: "SenML over HTTP (sensors)",
};

/** The endpoint each type takes, in the words of checkFeedEndpoint's rules, so the form asks for what the server accepts. */
export function feedEndpointHint(type: FeedType): string {
  switch (type) {
    case "mqtt_senml":
      return "MQTT topic filter, e.g. citydeck/+/+";
    case "gtfs_static":
      return "file: folder or zip under the feed files folder, e.g. file:db/seed/nairobi/gtfs, or an http(s) URL of a zip";
    default:
      return "http(s) URL, or a path of this app such as /api/sim/open311";
  }
}

interface Agency {
  id: string;
}

/** The command center registers feeds for any agency; every other agency only for itself (targetAgency on the server). */
export function agenciesToOwn<A extends Agency>(viewer: { agencyId: string; agencyKind: string }, agencies: readonly A[]): A[] {
  return viewer.agencyKind === COMMAND_AGENCY_KIND ? [...agencies] : agencies.filter((agency) => agency.id === viewer.agencyId);
}
