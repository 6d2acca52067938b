import type { Geometry, Position } from "geojson";

/** The middle of a geometry's bounding box: where a map centres on an area (an alert's, a ward's). Null for an empty one. */
export function geometryCenter(geometry: Geometry): { lon: number; lat: number } | null {
  const positions = allPositions(geometry);
  if (positions.length === 0) return null;
  const lons = positions.map((p) => p[0]!);
  const lats = positions.map((p) => p[1]!);
  return { lon: (Math.min(...lons) + Math.max(...lons)) / 2, lat: (Math.min(...lats) + Math.max(...lats)) / 2 };
}

function allPositions(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case "Point":
      return [geometry.coordinates];
    case "MultiPoint":
    case "LineString":
      return geometry.coordinates;
    case "MultiLineString":
    case "Polygon":
      return geometry.coordinates.flat();
    case "MultiPolygon":
      return geometry.coordinates.flat(2);
    case "GeometryCollection":
      return geometry.geometries.flatMap(allPositions);
  }
}
