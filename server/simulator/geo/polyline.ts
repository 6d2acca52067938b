/**
 * A line with cumulative distances, for moving things along it cheaply: `pointAt` is a binary
 * search plus one interpolation. Distances use a local flat projection per segment, which is
 * within a fraction of a percent of great-circle distance at city scale.
 */
export type LonLat = [lon: number, lat: number];

const METRES_PER_DEGREE = 111_320;

export interface PointOnLine {
  lon: number;
  lat: number;
  /** Degrees clockwise from true north, along the line's direction. */
  bearing: number;
}

export interface Projection {
  /** Distance along the line of the place. */
  along: number;
  /** How far the point lies from the line there. */
  offsetM: number;
}

export class Polyline {
  readonly points: readonly LonLat[];
  /** cumulative[i] = metres from the first point to point i. */
  readonly cumulative: readonly number[];
  readonly lengthM: number;

  constructor(points: readonly LonLat[]) {
    if (points.length < 2) throw new RangeError("a polyline needs at least two points");
    this.points = points;
    const cumulative = [0];
    for (let i = 1; i < points.length; i++) cumulative.push(cumulative[i - 1]! + segmentLengthM(points[i - 1]!, points[i]!));
    this.cumulative = cumulative;
    this.lengthM = cumulative[cumulative.length - 1]!;
  }

  reversed(): Polyline {
    return new Polyline([...this.points].reverse());
  }

  pointAt(distanceM: number): PointOnLine {
    const d = Math.min(Math.max(distanceM, 0), this.lengthM);
    const i = this.segmentIndexAt(d);
    const from = this.points[i]!;
    const to = this.points[i + 1]!;
    const length = this.cumulative[i + 1]! - this.cumulative[i]!;
    const t = length > 0 ? (d - this.cumulative[i]!) / length : 0;
    return { lon: from[0] + (to[0] - from[0]) * t, lat: from[1] + (to[1] - from[1]) * t, bearing: bearingDeg(from, to) };
  }

  /**
   * The places along the line that `point` is near: one per stretch of the line passing within
   * `withinM` of it (a line that passes a point twice, out and back, gives two). Never empty: the
   * nearest place is always included.
   */
  nearPlaces(point: LonLat, withinM: number): Projection[] {
    const places: Projection[] = [];
    let nearest: Projection = { along: 0, offsetM: Infinity };
    let stretch: Projection | null = null;
    for (let i = 0; i < this.points.length - 1; i++) {
      const { t, offsetM } = nearestOnSegment(point, this.points[i]!, this.points[i + 1]!);
      const here = { along: this.cumulative[i]! + t * (this.cumulative[i + 1]! - this.cumulative[i]!), offsetM };
      if (offsetM < nearest.offsetM) nearest = here;
      if (offsetM <= withinM) {
        if (!stretch || offsetM < stretch.offsetM) stretch = here;
      } else if (stretch) {
        places.push(stretch);
        stretch = null;
      }
    }
    if (stretch) places.push(stretch);
    return places.some((place) => place.along === nearest.along) ? places : [...places, nearest];
  }

  /** Index i of the segment [i, i+1] holding distance d (binary search). */
  private segmentIndexAt(d: number): number {
    let low = 0;
    let high = this.points.length - 2;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.cumulative[mid]! <= d) low = mid;
      else high = mid - 1;
    }
    return low;
  }
}

function scaleAt(lat: number): [number, number] {
  return [METRES_PER_DEGREE * Math.cos((lat * Math.PI) / 180), METRES_PER_DEGREE];
}

function segmentLengthM(a: LonLat, b: LonLat): number {
  const [kx, ky] = scaleAt((a[1] + b[1]) / 2);
  return Math.hypot((b[0] - a[0]) * kx, (b[1] - a[1]) * ky);
}

function nearestOnSegment(p: LonLat, a: LonLat, b: LonLat): { t: number; offsetM: number } {
  const [kx, ky] = scaleAt(p[1]);
  const ax = (a[0] - p[0]) * kx;
  const ay = (a[1] - p[1]) * ky;
  const dx = (b[0] - a[0]) * kx;
  const dy = (b[1] - a[1]) * ky;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
  return { t, offsetM: Math.hypot(ax + t * dx, ay + t * dy) };
}

function bearingDeg(from: LonLat, to: LonLat): number {
  const [kx, ky] = scaleAt((from[1] + to[1]) / 2);
  const degrees = (Math.atan2((to[0] - from[0]) * kx, (to[1] - from[1]) * ky) * 180) / Math.PI;
  return (degrees + 360) % 360;
}

