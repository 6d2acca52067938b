/**
 * GTFS-Realtime encoders for the simulator's feed endpoints: typed records in, FeedMessage bytes
 * out (gtfs_realtime_version 2.0, FULL_DATASET). Times are written in whole seconds, and positions
 * as protobuf floats (about 0.5 m of precision), as the spec defines them.
 */
import { realtime } from "./bindings";
import type {
  ActivePeriodRecord,
  AlertRecord,
  StopTimeEventRecord,
  Translation,
  TripUpdateRecord,
  VehiclePositionRecord,
} from "./gtfs-rt-types";

/** What the simulator knows about a vehicle; staleness is the receiver's judgement. */
export type VehiclePositionInput = Omit<VehiclePositionRecord, "stale">;
export type TripUpdateInput = Omit<TripUpdateRecord, "stale">;
/** Alerts carry no time of their own in GTFS-Realtime: the header's is theirs. */
export type AlertInput = Omit<AlertRecord, "stale" | "timestamp">;

export function encodeVehiclePositions(vehicles: readonly VehiclePositionInput[], headerTimestamp: Date): Uint8Array {
  return encodeFeed(
    headerTimestamp,
    vehicles.map((vehicle) => ({
      id: vehicle.entityId,
      vehicle: {
        trip: vehicle.tripId || vehicle.routeId ? { tripId: vehicle.tripId, routeId: vehicle.routeId } : undefined,
        vehicle: { id: vehicle.vehicleId, label: vehicle.label },
        position: { latitude: vehicle.lat, longitude: vehicle.lon, bearing: vehicle.bearing, speed: vehicle.speed },
        timestamp: toSeconds(vehicle.timestamp),
      },
    })),
  );
}

export function encodeTripUpdates(tripUpdates: readonly TripUpdateInput[], headerTimestamp: Date): Uint8Array {
  return encodeFeed(
    headerTimestamp,
    tripUpdates.map((update) => ({
      id: update.entityId,
      tripUpdate: {
        trip: update.trip,
        vehicle: update.vehicleId ? { id: update.vehicleId } : undefined,
        delay: update.delay,
        timestamp: toSeconds(update.timestamp),
        stopTimeUpdate: update.stopTimeUpdates.map((stopTime) => ({
          stopSequence: stopTime.stopSequence,
          stopId: stopTime.stopId,
          arrival: stopTimeEvent(stopTime.arrival),
          departure: stopTimeEvent(stopTime.departure),
          scheduleRelationship: stopTime.scheduleRelationship,
        })),
      },
    })),
  );
}

export function encodeAlerts(alerts: readonly AlertInput[], headerTimestamp: Date): Uint8Array {
  return encodeFeed(
    headerTimestamp,
    alerts.map((alert) => ({
      id: alert.entityId,
      alert: {
        activePeriod: alert.activePeriods.map(timeRange),
        informedEntity: alert.informedEntities.map((entity) => ({
          agencyId: entity.agencyId,
          routeId: entity.routeId,
          routeType: entity.routeType,
          trip: entity.tripId ? { tripId: entity.tripId } : undefined,
          stopId: entity.stopId,
          directionId: entity.directionId,
        })),
        cause: alert.cause,
        effect: alert.effect,
        severityLevel: alert.severityLevel,
        headerText: translatedString(alert.headerText),
        descriptionText: translatedString(alert.descriptionText),
        url: translatedString(alert.url),
      },
    })),
  );
}

/** fromObject accepts enum names and leaves out null/undefined fields, so records map almost 1:1. */
function encodeFeed(headerTimestamp: Date, entity: object[]): Uint8Array {
  const message = realtime.FeedMessage.fromObject({
    header: { gtfsRealtimeVersion: "2.0", incrementality: "FULL_DATASET", timestamp: toSeconds(headerTimestamp) },
    entity,
  });
  return realtime.FeedMessage.encode(message).finish();
}

function toSeconds(time: Date): number {
  return Math.floor(time.getTime() / 1000);
}

function stopTimeEvent(event: StopTimeEventRecord | null): object | undefined {
  return event ? { delay: event.delay, time: event.time && toSeconds(event.time), uncertainty: event.uncertainty } : undefined;
}

function timeRange(period: ActivePeriodRecord): object {
  return { start: period.start && toSeconds(period.start), end: period.end && toSeconds(period.end) };
}

function translatedString(texts: readonly Translation[]): object | undefined {
  return texts.length ? { translation: texts.map((text) => ({ text: text.text, language: text.language })) } : undefined;
}
