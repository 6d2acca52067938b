import { describe, expect, it } from "vitest";
import { geometryCenter } from "./geometry-center";

describe("geometryCenter", () => {
  it("is the point itself for a point", () => {
    expect(geometryCenter({ type: "Point", coordinates: [36.8, -1.3] })).toEqual({ lon: 36.8, lat: -1.3 });
  });

  it("is the middle of the bounding box for a polygon, a multipolygon and a collection", () => {
    const square = [[[36, -2], [37, -2], [37, -1], [36, -1], [36, -2]]];
    expect(geometryCenter({ type: "Polygon", coordinates: square })).toEqual({ lon: 36.5, lat: -1.5 });
    expect(geometryCenter({ type: "MultiPolygon", coordinates: [square, [[[38, 0], [38, 1], [39, 1], [38, 0]]]] })).toEqual({ lon: 37.5, lat: -0.5 });
    expect(geometryCenter({ type: "GeometryCollection", geometries: [{ type: "Point", coordinates: [30, 0] }, { type: "Point", coordinates: [32, 2] }] })).toEqual({ lon: 31, lat: 1 });
  });

  it("is null for an empty geometry", () => {
    expect(geometryCenter({ type: "MultiPoint", coordinates: [] })).toBeNull();
  });
});
