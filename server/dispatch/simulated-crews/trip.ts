/** A unit's drive along a planned route: where it is, and which way it faces, so many seconds in. */
import type { LonLat } from "@/db/seed/geo/haversine";

export interface Trip {
  /** What the unit drives to: an incident, a hospital or its base. */
  destinationKey: string;
  path: LonLat[];
  /** Road seconds at which each path point is reached (from the route). */
  times: number[];
  /** Simulated second the trip began. */
  startedAtS: number;
}

export interface TripPosition {
  lon: number;
  lat: number;
  headingDeg: number;
  arrived: boolean;
}

export function positionOnTrip(trip: Trip, nowS: number): TripPosition {
  const elapsed = nowS - trip.startedAtS;
  const last = trip.path.length - 1;
  const total = trip.times[last]!;
  if (elapsed >= total || last === 0) {
    const [lon, lat] = trip.path[last]!;
    return { lon, lat, headingDeg: headingAt(trip.path, Math.max(0, last - 1)), arrived: true };
  }
  let i = 0;
  while (i < last - 1 && trip.times[i + 1]! <= elapsed) i++;
  const span = trip.times[i + 1]! - trip.times[i]!;
  const t = span > 0 ? Math.max(0, elapsed - trip.times[i]!) / span : 1;
  const [lon0, lat0] = trip.path[i]!;
  const [lon1, lat1] = trip.path[i + 1]!;
  return { lon: lon0 + (lon1 - lon0) * t, lat: lat0 + (lat1 - lat0) * t, headingDeg: headingAt(trip.path, i), arrived: false };
}

/** Compass bearing of the path's segment `i`, 0 = north, in [0, 360). */
function headingAt(path: LonLat[], i: number): number {
  const [lon0, lat0] = path[i]!;
  const [lon1, lat1] = path[Math.min(i + 1, path.length - 1)]!;
  const dx = (lon1 - lon0) * Math.cos((lat0 * Math.PI) / 180);
  const degrees = (Math.atan2(dx, lat1 - lat0) * 180) / Math.PI;
  return (degrees + 360) % 360;
}
