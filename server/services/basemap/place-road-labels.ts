import type { LineString, Position } from "geojson";

export interface RoadForLabel {
  name: string;
  highway: string;
  geometry: LineString;
}

export interface RoadLabel {
  name: string;
  highway: string;
  position: [number, number];
  /** Screen angle in degrees, counter-clockwise from east, kept upright (-90..90). */
  angle: number;
}

/** A road gets another label only this far from its others, so long roads read along their length. */
const MIN_SPACING_M = 2_500;
/** Shorter pieces (links, stubs between junctions) are too short to carry a readable name. */
const MIN_SEGMENT_M = 200;
const EARTH_RADIUS_M = 6_371_000;

/**
 * Where to write road names: OSM splits a road into many ways, so label the longest pieces of
 * each named road, spaced apart, at their midpoint and along their direction.
 */
export function placeRoadLabels(roads: readonly RoadForLabel[]): RoadLabel[] {
  // Node 20 has no Map.groupBy.
  const byName = new Map<string, RoadForLabel[]>();
  for (const road of roads) {
    const group = byName.get(road.name);
    if (group) group.push(road);
    else byName.set(road.name, [road]);
  }
  const labels: RoadLabel[] = [];
  for (const [name, pieces] of byName) {
    const chosen: RoadLabel[] = [];
    const candidates = pieces
      .map((road) => ({ road, length: lineLength(road.geometry.coordinates) }))
      .filter((c) => c.length >= MIN_SEGMENT_M)
      .sort((a, b) => b.length - a.length);
    for (const { road, length } of candidates) {
      const label = { name, highway: road.highway, ...pointAlong(road.geometry.coordinates, length / 2) };
      if (chosen.every((other) => distanceM(other.position, label.position) >= MIN_SPACING_M)) chosen.push(label);
    }
    labels.push(...chosen);
  }
  return labels;
}

function pointAlong(line: Position[], targetM: number): Pick<RoadLabel, "position" | "angle"> {
  let walked = 0;
  for (let i = 1; i < line.length; i++) {
    const from = line[i - 1]!;
    const to = line[i]!;
    const step = distanceM(from, to);
    if (walked + step >= targetM || i === line.length - 1) {
      const t = step === 0 ? 0 : Math.min(1, (targetM - walked) / step);
      const position: [number, number] = [from[0]! + (to[0]! - from[0]!) * t, from[1]! + (to[1]! - from[1]!) * t];
      return { position, angle: uprightAngle(from, to) };
    }
    walked += step;
  }
  return { position: [line[0]![0]!, line[0]![1]!], angle: 0 };
}

/** Web Mercator is conformal, so the local east/north ratio gives the on-screen angle. */
function uprightAngle(from: Position, to: Position): number {
  const east = (to[0]! - from[0]!) * Math.cos(toRadians(from[1]!));
  const north = to[1]! - from[1]!;
  const degrees = (Math.atan2(north, east) * 180) / Math.PI;
  if (degrees > 90) return degrees - 180;
  if (degrees < -90) return degrees + 180;
  return degrees;
}

function lineLength(line: Position[]): number {
  let total = 0;
  for (let i = 1; i < line.length; i++) total += distanceM(line[i - 1]!, line[i]!);
  return total;
}

/** Equirectangular distance: exact enough within a city. */
function distanceM(a: Position, b: Position): number {
  const meanLat = toRadians((a[1]! + b[1]!) / 2);
  const dx = toRadians(b[0]! - a[0]!) * Math.cos(meanLat);
  const dy = toRadians(b[1]! - a[1]!);
  return Math.hypot(dx, dy) * EARTH_RADIUS_M;
}

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;
