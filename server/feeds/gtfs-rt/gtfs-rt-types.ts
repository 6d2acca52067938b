/** Typed records of the GTFS-Realtime adapter (https://gtfs.org/realtime/reference/). */
import type { Rt } from "./bindings";
import type { ParseResult } from "../parse-result";

export type GtfsRtParseOptions = {
  /** The receiver's clock: staleness and "too far in the future" are judged against it. */
  now: Date;
};

export type FeedHeaderInfo = {
  gtfsRealtimeVersion: string;
  incrementality: keyof typeof Rt.FeedHeader.Incrementality;
  timestamp: Date;
};

/** A parse result that also carries the feed header (null when the document was unreadable). */
export type GtfsRtParseResult<T> = ParseResult<T> & { header: FeedHeaderInfo | null };

export type TripScheduleRelationship = keyof typeof Rt.TripDescriptor.ScheduleRelationship;

export type TripDescriptorRecord = {
  tripId: string | null;
  routeId: string | null;
  directionId: number | null;
  /** Service day, "YYYYMMDD". */
  startDate: string | null;
  /** Scheduled start, "HH:MM:SS" (may pass 24:00:00 for trips after midnight). */
  startTime: string | null;
  scheduleRelationship: TripScheduleRelationship;
};

export type VehiclePositionRecord = {
  entityId: string;
  /** The vehicle descriptor's id, or the entity id when the feed leaves it out. */
  vehicleId: string;
  label: string | null;
  tripId: string | null;
  routeId: string | null;
  lon: number;
  lat: number;
  /** Degrees clockwise from true north. */
  bearing: number | null;
  /** Metres per second. */
  speed: number | null;
  /** When the position was measured (the feed header's time when the vehicle gives none). */
  timestamp: Date;
  /** Older than 90 s at `now`: the GTFS-Realtime best-practice limit. */
  stale: boolean;
};

export type StopTimeEventRecord = {
  /** Seconds late (negative: early). */
  delay: number | null;
  time: Date | null;
  /** Seconds; 0 means the time is certain. */
  uncertainty: number | null;
};

export type StopTimeUpdateRecord = {
  stopSequence: number | null;
  stopId: string | null;
  arrival: StopTimeEventRecord | null;
  departure: StopTimeEventRecord | null;
  scheduleRelationship: keyof typeof Rt.TripUpdate.StopTimeUpdate.ScheduleRelationship;
};

export type TripUpdateRecord = {
  entityId: string;
  trip: TripDescriptorRecord;
  vehicleId: string | null;
  /** Whole-trip delay in seconds, when the producer states one. */
  delay: number | null;
  stopTimeUpdates: StopTimeUpdateRecord[];
  timestamp: Date;
  /** Older than 90 s at `now`. */
  stale: boolean;
};

export type Translation = { text: string; language: string | null };

/** Who an alert is about; at least one field is set. */
export type InformedEntityRecord = {
  agencyId: string | null;
  routeId: string | null;
  routeType: number | null;
  tripId: string | null;
  stopId: string | null;
  directionId: number | null;
};

/** An open end is null: no start means "already active", no end means "until further notice". */
export type ActivePeriodRecord = { start: Date | null; end: Date | null };

export type AlertRecord = {
  entityId: string;
  cause: keyof typeof Rt.Alert.Cause;
  effect: keyof typeof Rt.Alert.Effect;
  severityLevel: keyof typeof Rt.Alert.SeverityLevel;
  headerText: Translation[];
  descriptionText: Translation[];
  url: Translation[];
  informedEntities: InformedEntityRecord[];
  activePeriods: ActivePeriodRecord[];
  /** Alerts carry no time of their own: this is the feed header's. */
  timestamp: Date;
  /** Older than 10 minutes at `now`. */
  stale: boolean;
};
