/**
 * A GTFS trip as the simulator drives it: its shape, pointing the way the trip runs, and each
 * stop's scheduled offset from the first departure and distance along the shape.
 */
import type { TransitRows } from "../city/load-city";
import { Polyline } from "../geo/polyline";
import { placeStopsAlong } from "./stops-along-shape";

export interface PatternStop {
  stopId: string;
  stopSequence: number;
  /** Seconds after the trip's first departure. */
  arrivalOffsetS: number;
  departureOffsetS: number;
  alongM: number;
}

export interface TripPattern {
  tripId: string;
  routeId: string;
  directionId: number | null;
  /** What a rider reads on the front: route number and destination. */
  label: string;
  line: Polyline;
  stops: PatternStop[];
  /** First departure to last arrival, in scheduled seconds. */
  durationS: number;
}

export function buildTripPatterns(transit: TransitRows): TripPattern[] {
  const routes = new Map(transit.routes.map((route) => [route.id, route]));
  const stops = new Map(transit.stops.map((stop) => [stop.id, stop.position]));
  const stopTimesByTrip = new Map<string, TransitRows["stopTimes"]>();
  for (const stopTime of transit.stopTimes) stopTimesByTrip.set(stopTime.tripId, [...(stopTimesByTrip.get(stopTime.tripId) ?? []), stopTime]);
  return transit.trips.flatMap((trip) => {
    const stopTimes = (stopTimesByTrip.get(trip.id) ?? []).toSorted((a, b) => a.stopSequence - b.stopSequence);
    if (stopTimes.length < 2) return [];
    const stopPositions = stopTimes.map((stopTime) => stops.get(stopTime.stopId)!);
    const shape = trip.shapeId ? transit.shapes.get(trip.shapeId) : undefined;
    const { line, alongM } = placeStopsAlong(new Polyline(shape && shape.length >= 2 ? shape : stopPositions), stopPositions);
    const start = stopTimes[0]!.departureS;
    const patternStops = stopTimes.map((stopTime, i) => ({
      stopId: stopTime.stopId,
      stopSequence: stopTime.stopSequence,
      arrivalOffsetS: stopTime.arrivalS - start,
      departureOffsetS: stopTime.departureS - start,
      alongM: alongM[i]!,
    }));
    const route = routes.get(trip.routeId);
    const label = [route?.shortName, trip.headsign ?? route?.longName].filter(Boolean).join(" ");
    return [
      {
        tripId: trip.id,
        routeId: trip.routeId,
        directionId: trip.directionId,
        label: label || trip.id,
        line,
        stops: patternStops,
        durationS: patternStops[patternStops.length - 1]!.arrivalOffsetS,
      },
    ];
  });
}

