/**
 * What the ingest writer stores. Transports and push endpoints turn parsed feed records into
 * items and hand them over in envelopes; the writer commits whole batches of envelopes at once.
 */
import type { CapAlert } from "@/server/feeds/cap/cap-types";
import type { TripUpdateRecord, VehiclePositionRecord } from "@/server/feeds/gtfs-rt/gtfs-rt-types";
import type { GtfsFeed } from "@/server/feeds/gtfs-static/gtfs-types";
import type { Open311Request } from "@/server/feeds/open311/open311-types";
import type { Rejection } from "@/server/feeds/parse-result";
import type { EmergencyCall } from "./decode/emergency-calls";

export type ReadingItem = {
  kind: "reading";
  sensorId: string;
  at: Date;
  value: number;
  /** The agency that must own the sensor (the MQTT topic's, the pushing token's); null when any may. */
  ownerAgencyId: string | null;
};
export type VehicleItem = { kind: "vehicle"; position: VehiclePositionRecord };
export type TripDelayItem = { kind: "tripDelay"; update: TripUpdateRecord };
export type CapAlertItem = { kind: "capAlert"; alert: CapAlert };
export type WorkOrderItem = { kind: "workOrder"; request: Open311Request };
/** A whole GTFS static network, one item so it lands in one transaction or not at all. */
export type GtfsNetworkItem = {
  kind: "gtfsNetwork";
  /** The source's digest, stored on the feed once the network is written. */
  version: string;
  network: GtfsFeed;
};
export type CallItem = {
  kind: "call";
  call: EmergencyCall;
  /** Who reported it, for the incident's timeline (e.g. "token:simulator"). */
  actor: string;
};

export type IngestItem = ReadingItem | VehicleItem | TripDelayItem | CapAlertItem | WorkOrderItem | GtfsNetworkItem | CallItem;
export type ItemKind = IngestItem["kind"];
export type ItemOfKind<K extends ItemKind> = Extract<IngestItem, { kind: K }>;

/** The feed an envelope is counted against; its agency owns what the feed reports. */
export type FeedRef = { id: string; agencyId: string };

/** What the writer stores for one incoming message (an MQTT message, a poll, a push request). */
export interface Envelope {
  /** Null only for input without a registered feed (emergency calls): nothing is counted. */
  feed: FeedRef | null;
  items: IngestItem[];
  /** Parts of the message its parser refused: dead-lettered and counted with the batch. */
  rejections: Rejection[];
  /** A poll's transport outcome, recorded on the feed (a failed fetch has no items). */
  poll?: { ok: true } | { ok: false; error: string };
}

/** What became of an envelope once its batch committed. */
export type EnvelopeOutcome = { accepted: number; rejected: number; reasons: string[] };
