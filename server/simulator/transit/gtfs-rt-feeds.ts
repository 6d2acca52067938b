/**
 * The matatus as GTFS-Realtime feeds (VehiclePositions and TripUpdates). Positions and delays
 * come from simulated time; every time written is wall-clock, so receivers judge freshness
 * against their own clocks whatever the simulation speed.
 */
import { encodeTripUpdates, encodeVehiclePositions, type TripUpdateInput, type VehiclePositionInput } from "@/server/feeds/gtfs-rt/encode-feed";
import type { SimClock } from "../clock";
import type { RunningVehicle } from "./fleet";

export function encodeFleetPositions(vehicles: readonly RunningVehicle[], realNow: Date): Uint8Array {
  const positions = vehicles.map(
    (vehicle): VehiclePositionInput => ({
      entityId: vehicle.vehicleId,
      vehicleId: vehicle.vehicleId,
      label: vehicle.pattern.label,
      tripId: vehicle.pattern.tripId,
      routeId: vehicle.pattern.routeId,
      lon: vehicle.position.lon,
      lat: vehicle.position.lat,
      bearing: Math.round(vehicle.position.bearing),
      speed: Math.round(vehicle.speedMps * 10) / 10,
      timestamp: realNow,
    }),
  );
  return encodeVehiclePositions(positions, realNow);
}

export function encodeFleetTripUpdates(vehicles: readonly RunningVehicle[], clock: SimClock, realNow: Date): Uint8Array {
  const updates = vehicles.map(
    (vehicle): TripUpdateInput => ({
      entityId: vehicle.vehicleId,
      trip: {
        tripId: vehicle.pattern.tripId,
        routeId: vehicle.pattern.routeId,
        directionId: vehicle.pattern.directionId,
        startDate: vehicle.startDate,
        startTime: vehicle.startTime,
        scheduleRelationship: "SCHEDULED",
      },
      vehicleId: vehicle.vehicleId,
      delay: vehicle.delayS,
      stopTimeUpdates: vehicle.upcoming.map((prediction) => ({
        stopSequence: prediction.stop.stopSequence,
        stopId: prediction.stop.stopId,
        arrival: { delay: prediction.delayS, time: clock.realAt(prediction.arrival), uncertainty: null },
        departure: { delay: prediction.delayS, time: clock.realAt(prediction.departure), uncertainty: null },
        scheduleRelationship: "SCHEDULED",
      })),
      timestamp: realNow,
    }),
  );
  return encodeTripUpdates(updates, realNow);
}
