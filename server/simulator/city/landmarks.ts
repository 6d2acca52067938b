/**
 * Addresses as a caller gives them in Nairobi: the nearest matatu stage or landmark and the
 * ward ("near Kenyatta Market, Woodley/Kenyatta Golf Course"). Stops are the city's densest
 * set of named places, so a linear scan is enough at the rates calls arrive.
 */
import type { LonLat } from "../geo/polyline";
import type { TransitRows } from "./load-city";
import { displayName, type WardAreas } from "./ward-areas";

/** Beyond this a stop is no help in finding the place. */
const MAX_LANDMARK_M = 800;
const METRES_PER_DEGREE = 111_320;

export class Landmarks {
  constructor(
    private readonly stops: TransitRows["stops"],
    private readonly wards: WardAreas,
  ) {}

  addressOf(position: LonLat): string {
    const wardCode = this.wards.codeAt(position);
    const ward = wardCode ? displayName(this.wards.get(wardCode).name) : null;
    const landmark = this.nearestStop(position);
    return [landmark ? `near ${landmark}` : null, ward].filter(Boolean).join(", ") || `${position[1].toFixed(5)}, ${position[0].toFixed(5)}`;
  }

  private nearestStop([lon, lat]: LonLat): string | null {
    const kx = Math.cos((lat * Math.PI) / 180);
    let best: { name: string; distanceM: number } | null = null;
    for (const stop of this.stops) {
      const distanceM = Math.hypot((stop.position[0] - lon) * kx, stop.position[1] - lat) * METRES_PER_DEGREE;
      if (distanceM <= MAX_LANDMARK_M && (!best || distanceM < best.distanceM)) best = { name: stop.name, distanceM };
    }
    return best?.name ?? null;
  }
}
