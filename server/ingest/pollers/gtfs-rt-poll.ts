/** GTFS-Realtime over HTTP: vehicle positions and trip updates; a feed whose header time we already have is skipped. */
import { parseTripUpdates } from "@/server/feeds/gtfs-rt/parse-trip-updates";
import { parseVehiclePositions } from "@/server/feeds/gtfs-rt/parse-vehicle-positions";
import { fetchDocument, type Validators } from "@/server/transports/fetch-document";
import type { FeedRef, IngestItem } from "../ingest-items";
import { nothingNew, type PollStep } from "./feed-poll";

export function gtfsRtPoll(feed: FeedRef, url: string): PollStep {
  let validators: Validators | null = null;
  let seenHeaderTime = 0;
  return async () => {
    const fetched = await fetchDocument(url, { validators, accept: "application/x-protobuf, application/octet-stream" });
    if (fetched.notModified) return nothingNew(feed);
    const now = new Date();
    const positions = parseVehiclePositions(fetched.body, { now });
    const headerTime = positions.header?.timestamp.getTime() ?? 0;
    if (headerTime !== 0 && headerTime <= seenHeaderTime) return nothingNew(feed);
    // Both parsers decode every entity, so a malformed entity is refused by both: count it once.
    const trips = positions.header ? parseTripUpdates(fetched.body, { now }) : { records: [], rejections: [] };
    const refused = new Set(positions.rejections.map((r) => r.index));
    const items: IngestItem[] = [
      ...positions.records.map((position) => ({ kind: "vehicle" as const, position })),
      ...trips.records.map((update) => ({ kind: "tripDelay" as const, update })),
    ];
    return {
      envelope: { feed, items, rejections: [...positions.rejections, ...trips.rejections.filter((r) => !refused.has(r.index))], poll: { ok: true } },
      remember() {
        validators = fetched.validators;
        seenHeaderTime = Math.max(seenHeaderTime, headerTime);
      },
    };
  };
}
