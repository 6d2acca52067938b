/** GTFS-Realtime TripUpdates: FeedMessage bytes in, validated trip updates with per-stop predictions out. */
import { enumName, realtime, type Plain, type Rt } from "./bindings";
import { isStale, TRIP_UPDATE_MAX_AGE_S } from "./freshness";
import type {
  FeedHeaderInfo,
  GtfsRtParseOptions,
  GtfsRtParseResult,
  StopTimeEventRecord,
  StopTimeUpdateRecord,
  TripUpdateRecord,
} from "./gtfs-rt-types";
import { readTripDescriptor, vehicleIdOf } from "./read-descriptors";
import { parseFeedEntities } from "./parse-feed-entities";
import { checkObservedTime, checkScheduledTime, dateFromUnixSeconds, fail } from "../validate";

/** A delay beyond a day is a garbled value, not a late bus. */
const MAX_DELAY_S = 24 * 3600;

/** Reads every entity carrying a TripUpdate; entities of other types are ignored. */
export function parseTripUpdates(bytes: Uint8Array, options: GtfsRtParseOptions): GtfsRtParseResult<TripUpdateRecord> {
  return parseFeedEntities(bytes, options, (entity, header) =>
    entity.tripUpdate ? readTripUpdate(entity.id, entity.tripUpdate, header, options.now) : undefined,
  );
}

function readTripUpdate(
  entityId: string,
  update: Plain<Rt.ITripUpdate>,
  header: FeedHeaderInfo,
  now: Date,
): TripUpdateRecord {
  const timestamp = update.timestamp
    ? checkObservedTime(dateFromUnixSeconds(update.timestamp, "trip update timestamp"), now, "trip update timestamp")
    : header.timestamp;
  return {
    entityId,
    trip: readTripDescriptor(update.trip),
    vehicleId: vehicleIdOf(update.vehicle),
    delay: update.delay == null ? null : checkDelay(update.delay, "trip delay"),
    stopTimeUpdates: (update.stopTimeUpdate ?? []).map((stopTime, index) => readStopTimeUpdate(stopTime, index, now)),
    timestamp,
    stale: isStale(timestamp, now, TRIP_UPDATE_MAX_AGE_S),
  };
}

function readStopTimeUpdate(stopTime: Plain<Rt.TripUpdate.IStopTimeUpdate>, index: number, now: Date): StopTimeUpdateRecord {
  const where = `stop_time_update[${index}]`;
  const stopSequence = stopTime.stopSequence ?? null;
  const stopId = stopTime.stopId || null;
  if (stopSequence === null && !stopId) fail(`${where} has neither stop_sequence nor stop_id`);
  const relationshipValue = stopTime.scheduleRelationship ?? realtime.TripUpdate.StopTimeUpdate.ScheduleRelationship.SCHEDULED;
  const scheduleRelationship = enumName(realtime.TripUpdate.StopTimeUpdate.ScheduleRelationship, relationshipValue);
  if (!scheduleRelationship) fail(`${where} has unsupported schedule_relationship ${relationshipValue}`);
  return {
    stopSequence,
    stopId,
    arrival: stopTime.arrival ? readStopTimeEvent(stopTime.arrival, `${where} arrival`, now) : null,
    departure: stopTime.departure ? readStopTimeEvent(stopTime.departure, `${where} departure`, now) : null,
    scheduleRelationship,
  };
}

function readStopTimeEvent(event: Plain<Rt.TripUpdate.IStopTimeEvent>, where: string, now: Date): StopTimeEventRecord {
  const delay = event.delay == null ? null : checkDelay(event.delay, `${where} delay`);
  const time = event.time ? checkScheduledTime(dateFromUnixSeconds(event.time, `${where} time`), now, `${where} time`) : null;
  if (delay === null && time === null) fail(`${where} has neither delay nor time`);
  const uncertainty = event.uncertainty ?? null;
  if (uncertainty !== null && uncertainty < 0) fail(`${where} uncertainty ${uncertainty} is negative`);
  return { delay, time, uncertainty };
}

function checkDelay(seconds: number, field: string): number {
  if (Math.abs(seconds) > MAX_DELAY_S) fail(`${field} ${seconds} s is beyond a day`);
  return seconds;
}
