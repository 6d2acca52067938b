/** Deterministic point placement for synthetic sensors: inside areas, along lines. */
import type { BBox } from "./area-index";
import { distanceM, pointAlong, type LonLat } from "./haversine";
import type { Random } from "./prng";

type Inside = (lon: number, lat: number) => boolean;

/** A uniform random point of the box for which `inside` holds (rejection sampling); null if none found. */
export function randomPointIn(random: Random, bbox: BBox, inside: Inside, tries = 10_000): LonLat | null {
  for (let i = 0; i < tries; i++) {
    const lon = bbox[0] + random() * (bbox[2] - bbox[0]);
    const lat = bbox[1] + random() * (bbox[3] - bbox[1]);
    if (inside(lon, lat)) return [lon, lat];
  }
  return null;
}

export interface Line {
  coordinates: LonLat[];
  lengthM: number;
}

/** Draws points uniformly by length over a set of lines (a long road gets more than a short one). */
export function lineSampler<T extends Line>(lines: T[]): (random: Random) => { line: T; point: LonLat } {
  const total = lines.reduce((sum, line) => sum + line.lengthM, 0);
  if (lines.length === 0 || total <= 0) throw new Error("no lines to sample");
  return (random) => {
    let offset = random() * total;
    for (const line of lines) {
      if (offset <= line.lengthM) return { line, point: pointAlong(line.coordinates, offset) };
      offset -= line.lengthM;
    }
    const last = lines[lines.length - 1]!;
    return { line: last, point: pointAlong(last.coordinates, last.lengthM) };
  };
}

/**
 * `count` points evenly spaced along the parts of the lines that lie inside an area. Lines are
 * walked in steps of `stepM` so that a coarse line crossing the area between two far vertices
 * still counts its inside part.
 */
export function evenlyAlongInside(lines: LonLat[][], count: number, inside: Inside, stepM = 50): LonLat[] {
  const walked: { point: LonLat; at: number }[] = [];
  let insideLength = 0;
  for (const line of lines) {
    let previous: LonLat | null = null;
    for (let i = 1; i < line.length; i++) {
      const from = line[i - 1]!;
      const segment = [from, line[i]!];
      const length = distanceM(from, line[i]!);
      for (let d = 0; d < length; d += stepM) {
        const point = pointAlong(segment, d);
        if (!inside(point[0], point[1])) {
          previous = null;
          continue;
        }
        if (previous) insideLength += distanceM(previous, point);
        walked.push({ point, at: insideLength });
        previous = point;
      }
    }
  }
  if (walked.length === 0) return [];
  return Array.from({ length: count }, (_, i) => {
    const target = ((i + 0.5) / count) * insideLength;
    return (walked.find((w) => w.at >= target) ?? walked[walked.length - 1]!).point;
  });
}
