/** Which area (ward, constituency) holds a point: bounding-box prefilter, then exact point-in-polygon. */
import booleanPointInPolygon from "@turf/boolean-point-in-polygon";
import type { MultiPolygon, Polygon, Position } from "geojson";

export type BBox = [west: number, south: number, east: number, north: number];

interface IndexedArea {
  code: string;
  geometry: Polygon | MultiPolygon;
  bbox: BBox;
}

function bboxOf(geometry: Polygon | MultiPolygon): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  const rings: Position[][] = geometry.type === "Polygon" ? geometry.coordinates : geometry.coordinates.flat();
  for (const ring of rings) {
    for (const [lon, lat] of ring as [number, number][]) {
      box[0] = Math.min(box[0], lon);
      box[1] = Math.min(box[1], lat);
      box[2] = Math.max(box[2], lon);
      box[3] = Math.max(box[3], lat);
    }
  }
  return box;
}

const inBox = (lon: number, lat: number, box: BBox, margin = 0) =>
  lon >= box[0] - margin && lon <= box[2] + margin && lat >= box[1] - margin && lat <= box[3] + margin;

const METRES_PER_DEGREE = 111_320;

/** Metres from a point to the nearest edge of an area, on a local flat projection (fine at this scale). */
function edgeDistanceM(lon: number, lat: number, geometry: Polygon | MultiPolygon): number {
  const kx = METRES_PER_DEGREE * Math.cos((lat * Math.PI) / 180);
  const ky = METRES_PER_DEGREE;
  const rings: Position[][] = geometry.type === "Polygon" ? geometry.coordinates : geometry.coordinates.flat();
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) {
      const ax = (ring[i - 1]![0]! - lon) * kx;
      const ay = (ring[i - 1]![1]! - lat) * ky;
      const bx = (ring[i]![0]! - lon) * kx;
      const by = (ring[i]![1]! - lat) * ky;
      const dx = bx - ax;
      const dy = by - ay;
      const lengthSquared = dx * dx + dy * dy;
      const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
      best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
    }
  }
  return best;
}

export class AreaIndex {
  private readonly areas: IndexedArea[];
  /** The box around every area: points outside it skip the per-area tests. */
  readonly bbox: BBox;

  constructor(areas: { code: string; geometry: Polygon | MultiPolygon }[]) {
    this.areas = areas.map((area) => ({ ...area, bbox: bboxOf(area.geometry) }));
    this.bbox = this.areas.reduce<BBox>(
      (box, area) => [
        Math.min(box[0], area.bbox[0]),
        Math.min(box[1], area.bbox[1]),
        Math.max(box[2], area.bbox[2]),
        Math.max(box[3], area.bbox[3]),
      ],
      [Infinity, Infinity, -Infinity, -Infinity],
    );
  }

  /** The first area containing the point (boundaries count as inside), or null. */
  codeAt(lon: number, lat: number): string | null {
    if (!inBox(lon, lat, this.bbox)) return null;
    for (const area of this.areas) {
      if (inBox(lon, lat, area.bbox) && booleanPointInPolygon([lon, lat], area.geometry)) return area.code;
    }
    return null;
  }

  /**
   * Like `codeAt`, but a point within `toleranceM` of an area still counts as in the nearest one.
   * Ward polygons are simplified, so they leave slivers between neighbours, and those slivers lie
   * along the boundary roads where crashes and sensors cluster.
   */
  codeNear(lon: number, lat: number, toleranceM: number): string | null {
    const exact = this.codeAt(lon, lat);
    if (exact !== null) return exact;
    const margin = toleranceM / METRES_PER_DEGREE / Math.max(0.1, Math.cos((lat * Math.PI) / 180));
    let nearest: { code: string; distance: number } | null = null;
    for (const area of this.areas) {
      if (!inBox(lon, lat, area.bbox, margin)) continue;
      const distance = edgeDistanceM(lon, lat, area.geometry);
      if (distance <= toleranceM && (!nearest || distance < nearest.distance)) nearest = { code: area.code, distance };
    }
    return nearest?.code ?? null;
  }

  /** True when the point is inside the index's overall bounding box. */
  inBBox(lon: number, lat: number): boolean {
    return inBox(lon, lat, this.bbox);
  }

  /** The bounding box of one area. */
  bboxOf(code: string): BBox | undefined {
    return this.areas.find((area) => area.code === code)?.bbox;
  }
}
