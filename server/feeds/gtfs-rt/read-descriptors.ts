/** Readers for the small messages several entity types share: trip and vehicle descriptors. */
import { enumName, realtime, type Plain, type Rt } from "./bindings";
import type { TripDescriptorRecord } from "./gtfs-rt-types";
import { fail } from "../validate";

const START_DATE = /^\d{8}$/;
/** GTFS times may pass 24:00:00 for service after midnight. */
const START_TIME = /^\d{1,2}:[0-5]\d:[0-5]\d$/;

export function readTripDescriptor(trip: Plain<Rt.ITripDescriptor>): TripDescriptorRecord {
  const tripId = trip.tripId || null;
  const routeId = trip.routeId || null;
  // Without a trip_id, a trip is identified by its route (frequency-based and added trips).
  if (!tripId && !routeId) fail("trip descriptor has neither trip_id nor route_id");
  const startDate = trip.startDate || null;
  if (startDate && !START_DATE.test(startDate)) fail(`start_date "${startDate.slice(0, 20)}" is not YYYYMMDD`);
  const startTime = trip.startTime || null;
  if (startTime && !START_TIME.test(startTime)) fail(`start_time "${startTime.slice(0, 20)}" is not HH:MM:SS`);
  const relationshipValue = trip.scheduleRelationship ?? realtime.TripDescriptor.ScheduleRelationship.SCHEDULED;
  const scheduleRelationship = enumName(realtime.TripDescriptor.ScheduleRelationship, relationshipValue);
  // An unknown relationship (a newer spec's DELETED or NEW) changes what the update means: refuse it.
  if (!scheduleRelationship) fail(`unsupported trip schedule_relationship ${relationshipValue}`);
  return { tripId, routeId, directionId: trip.directionId ?? null, startDate, startTime, scheduleRelationship };
}

export function vehicleIdOf(vehicle: Plain<Rt.IVehicleDescriptor> | null | undefined): string | null {
  return vehicle?.id || null;
}
