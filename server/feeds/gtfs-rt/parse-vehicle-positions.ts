/** GTFS-Realtime VehiclePositions: FeedMessage bytes in, validated vehicle positions out. */
import type { Plain, Rt } from "./bindings";
import { isStale, VEHICLE_POSITION_MAX_AGE_S } from "./freshness";
import type { FeedHeaderInfo, GtfsRtParseOptions, GtfsRtParseResult, VehiclePositionRecord } from "./gtfs-rt-types";
import { readTripDescriptor, vehicleIdOf } from "./read-descriptors";
import { parseFeedEntities } from "./parse-feed-entities";
import { checkLonLat, checkObservedTime, dateFromUnixSeconds, fail, isNullIsland } from "../validate";

/** No road vehicle does 360 km/h; a faster speed is a unit mix-up (km/h sent as m/s) or noise. */
const MAX_SPEED_MPS = 100;

/**
 * Reads every entity carrying a VehiclePosition; entities of other types are ignored. Returns the
 * header with the records so the caller can skip a feed it has already seen.
 */
export function parseVehiclePositions(bytes: Uint8Array, options: GtfsRtParseOptions): GtfsRtParseResult<VehiclePositionRecord> {
  return parseFeedEntities(bytes, options, (entity, header) =>
    entity.vehicle ? readVehiclePosition(entity.id, entity.vehicle, header, options.now) : undefined,
  );
}

function readVehiclePosition(
  entityId: string,
  vehicle: Plain<Rt.IVehiclePosition>,
  header: FeedHeaderInfo,
  now: Date,
): VehiclePositionRecord {
  const position = vehicle.position;
  if (!position) fail("vehicle position has no position");
  const [lon, lat] = checkLonLat(position.longitude, position.latitude, "position");
  if (isNullIsland([lon, lat])) fail("position is 0,0 (no GPS fix)");
  const bearing = position.bearing ?? null;
  if (bearing !== null && !(bearing >= 0 && bearing <= 360)) fail(`bearing ${bearing} is not within 0..360`);
  const speed = position.speed ?? null;
  if (speed !== null && !(speed >= 0 && speed <= MAX_SPEED_MPS)) fail(`speed ${speed} m/s is not within 0..${MAX_SPEED_MPS}`);
  const timestamp = vehicle.timestamp
    ? checkObservedTime(dateFromUnixSeconds(vehicle.timestamp, "vehicle timestamp"), now, "vehicle timestamp")
    : header.timestamp;
  const trip = vehicle.trip ? readTripDescriptor(vehicle.trip) : null;
  return {
    entityId,
    vehicleId: vehicleIdOf(vehicle.vehicle) ?? entityId,
    label: vehicle.vehicle?.label || null,
    tripId: trip?.tripId ?? null,
    routeId: trip?.routeId ?? null,
    lon,
    lat,
    bearing,
    speed,
    timestamp,
    stale: isStale(timestamp, now, VEHICLE_POSITION_MAX_AGE_S),
  };
}
