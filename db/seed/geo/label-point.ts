/** A label point that is always inside an area: the pole of inaccessibility of its largest part. */
import type { MultiPolygon, Polygon, Position } from "geojson";
import polylabel from "polylabel";
import type { LonLat } from "./haversine";

/** About 1 m at Nairobi's latitude: finer buys nothing for a label. */
const PRECISION_DEG = 1e-5;

function ringArea(ring: Position[]): number {
  let twiceArea = 0;
  for (let i = 1; i < ring.length; i++) twiceArea += ring[i - 1]![0]! * ring[i]![1]! - ring[i]![0]! * ring[i - 1]![1]!;
  return Math.abs(twiceArea / 2);
}

export function labelPoint(geometry: Polygon | MultiPolygon): LonLat {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  const largest = polygons.reduce((best, polygon) => (ringArea(polygon[0] ?? []) > ringArea(best[0] ?? []) ? polygon : best));
  const [lon, lat] = polylabel(largest as [number, number][][], PRECISION_DEG);
  return [lon, lat];
}
