/**
 * Convex hull (Andrew's monotone chain) as a closed ring: how the simulator turns ward
 * polygons into the compact CAP <polygon>s alert receivers expect (a few dozen points, not
 * the hundreds of a surveyed boundary).
 */
import type { MultiPolygon, Polygon } from "geojson";
import type { LonLat } from "./polyline";

export function convexHull(points: readonly LonLat[]): LonLat[] {
  const sorted = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (sorted.length < 3) throw new RangeError("a hull needs at least three points");
  const cross = (o: LonLat, a: LonLat, b: LonLat) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const half = (list: LonLat[]) => {
    const chain: LonLat[] = [];
    for (const point of list) {
      while (chain.length >= 2 && cross(chain[chain.length - 2]!, chain[chain.length - 1]!, point) <= 0) chain.pop();
      chain.push(point);
    }
    chain.pop();
    return chain;
  };
  const ring = [...half(sorted), ...half(sorted.toReversed())];
  return [...ring, ring[0]!];
}

/** The hull of every vertex of the areas, as a GeoJSON polygon. */
export function hullPolygon(areas: readonly (Polygon | MultiPolygon)[]): Polygon {
  const points = areas.flatMap((area) => (area.type === "Polygon" ? area.coordinates : area.coordinates.flat()).flat() as LonLat[]);
  // Five decimals is about a metre: plenty for a warning area, and half the bytes.
  const rounded = convexHull(points).map(([lon, lat]): LonLat => [Number(lon.toFixed(5)), Number(lat.toFixed(5))]);
  return { type: "Polygon", coordinates: [rounded] };
}
