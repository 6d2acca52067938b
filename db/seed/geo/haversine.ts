/** Great-circle distances on the WGS84 mean radius: metres along lon/lat lines without a projection. */
export type LonLat = [number, number];

const EARTH_RADIUS_M = 6_371_008.8;
const toRad = (deg: number) => (deg * Math.PI) / 180;

export function distanceM([lon1, lat1]: LonLat, [lon2, lat2]: LonLat): number {
  const dLat = toRad(lat2 - lat1);
  const dLon = toRad(lon2 - lon1);
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(lat1)) * Math.cos(toRad(lat2)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
}

export function lineLengthM(coordinates: LonLat[]): number {
  let total = 0;
  for (let i = 1; i < coordinates.length; i++) total += distanceM(coordinates[i - 1]!, coordinates[i]!);
  return total;
}

/** The point `offsetM` metres along a line (clamped to its ends), linear between vertices. */
export function pointAlong(coordinates: LonLat[], offsetM: number): LonLat {
  let remaining = Math.max(0, offsetM);
  for (let i = 1; i < coordinates.length; i++) {
    const from = coordinates[i - 1]!;
    const to = coordinates[i]!;
    const step = distanceM(from, to);
    if (step > 0 && remaining <= step) {
      const t = remaining / step;
      return [from[0] + (to[0] - from[0]) * t, from[1] + (to[1] - from[1]) * t];
    }
    remaining -= step;
  }
  return coordinates[coordinates.length - 1]!;
}
