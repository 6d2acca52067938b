import booleanPointInPolygon from "@turf/boolean-point-in-polygon";
import type { MultiPolygon, Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { AreaIndex } from "./area-index";
import { distanceM, lineLengthM, pointAlong } from "./haversine";
import { labelPoint } from "./label-point";
import { mulberry32, seedFrom } from "./prng";
import { evenlyAlongInside } from "./sample-points";

/** A U shape whose centroid falls in the notch, outside the polygon. */
const uShape: Polygon = {
  type: "Polygon",
  coordinates: [[[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3], [0, 0]]],
};

describe("haversine", () => {
  it("measures a degree of latitude as about 111 km", () => {
    expect(distanceM([36.8, -1.3], [36.8, -0.3])).toBeCloseTo(111_195, -1);
  });

  it("walks along a line", () => {
    const line: [number, number][] = [[36.8, -1.3], [36.8, -1.29], [36.81, -1.29]];
    expect(lineLengthM(line)).toBeCloseTo(distanceM(line[0]!, line[1]!) + distanceM(line[1]!, line[2]!));
    expect(pointAlong(line, distanceM(line[0]!, line[1]!) / 2)[1]).toBeCloseTo(-1.295);
    expect(pointAlong(line, 1e9)).toEqual([36.81, -1.29]);
  });
});

describe("labelPoint", () => {
  it("stays inside a concave polygon", () => {
    expect(booleanPointInPolygon(labelPoint(uShape), uShape)).toBe(true);
  });

  it("uses the largest part of a multipolygon", () => {
    const multi: MultiPolygon = { type: "MultiPolygon", coordinates: [[[[10, 10], [10.1, 10], [10.1, 10.1], [10, 10]]], uShape.coordinates] };
    expect(booleanPointInPolygon(labelPoint(multi), uShape)).toBe(true);
  });
});

describe("AreaIndex", () => {
  const index = new AreaIndex([{ code: "U", geometry: uShape }]);

  it("finds the area holding a point", () => {
    expect(index.codeAt(0.5, 2)).toBe("U");
    expect(index.codeAt(1.5, 2)).toBeNull();
    expect(index.codeAt(50, 50)).toBeNull();
  });

  it("closes slivers: a point within tolerance of an edge counts as in the area", () => {
    // 0.0001° ≈ 11 m right of the U's left arm.
    expect(index.codeNear(1.0001, 2, 50)).toBe("U");
    expect(index.codeNear(1.5, 2, 50)).toBeNull();
  });
});

describe("placement helpers", () => {
  it("draws the same sequence from the same seed", () => {
    const a = mulberry32(seedFrom("Nairobi/noise"));
    const b = mulberry32(seedFrom("Nairobi/noise"));
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
    expect(mulberry32(seedFrom("Nairobi/bins"))()).not.toBe(mulberry32(seedFrom("Nairobi/noise"))());
  });

  it("spreads points evenly along the inside part of a line", () => {
    const line: [number, number][] = [[0, 0], [0.02, 0]];
    const points = evenlyAlongInside([line], 2, (lon) => lon <= 0.01, 10);
    expect(points).toHaveLength(2);
    expect(points.every(([lon]) => lon <= 0.01)).toBe(true);
    expect(points[0]![0]).toBeCloseTo(0.0025, 3);
    expect(points[1]![0]).toBeCloseTo(0.0075, 3);
  });
});
