/** Test support: GTFS-Realtime feeds built with the official bindings' own encoder (not ours). */
import { realtime, type Rt } from "./bindings";

export const HEADER_SECONDS = 1_714_000_000; // 2024-04-24T23:06:40Z
export const HEADER_TIME = new Date(HEADER_SECONDS * 1000);
/** Thirty seconds after the header: everything in a fresh feed is current. */
export const NOW = new Date((HEADER_SECONDS + 30) * 1000);

export function bindingsFeed(entity: Rt.IFeedEntity[], header: Partial<Rt.IFeedHeader> = {}): Uint8Array {
  const message = realtime.FeedMessage.create({
    header: { gtfsRealtimeVersion: "2.0", incrementality: 0, timestamp: HEADER_SECONDS, ...header },
    entity,
  });
  return realtime.FeedMessage.encode(message).finish();
}
