import { describe, expect, it } from "vitest";
import { Polyline, type LonLat } from "../geo/polyline";
import { placeStopsAlong } from "./stops-along-shape";

// A road 1 km east from 0,0 and back 20 m to the north: an out-and-back shape.
const DEGREE_M = 111_320;
const at = (eastM: number, northM = 0): LonLat => [36.8 + eastM / DEGREE_M, -1.3 + northM / DEGREE_M];
const outAndBack = new Polyline([at(0), at(500), at(1000), at(1000, 20), at(500, 20), at(0, 20)]);

describe("placeStopsAlong", () => {
  it("places stops in order along the leg they follow", () => {
    const placed = placeStopsAlong(outAndBack, [at(100), at(600), at(950)]);
    expect(placed.line).toBe(outAndBack);
    expect(placed.alongM.map(Math.round)).toEqual([100, 600, 950]);
  });

  it("uses the return leg for stops visited on the way back", () => {
    const placed = placeStopsAlong(outAndBack, [at(200), at(900), at(800, 20), at(100, 20)]);
    expect(placed.alongM.map((m) => Math.round(m / 10) * 10)).toEqual([200, 900, 1220, 1920]);
  });

  it("reverses a shape the trip runs against", () => {
    const line = new Polyline([at(0), at(1000)]);
    const placed = placeStopsAlong(line, [at(900), at(400), at(50)]);
    expect(placed.line.points[0]).toEqual(at(1000));
    expect(placed.alongM.map(Math.round)).toEqual([100, 600, 950]);
  });

  it("puts a stop far off the shape between its neighbours instead of bending the trip", () => {
    const line = new Polyline([at(0), at(1000)]);
    const placed = placeStopsAlong(line, [at(0), at(300), at(500, 3000), at(700), at(1000)]);
    expect(placed.alongM.map(Math.round)).toEqual([0, 300, 500, 700, 1000]);
  });

  it("never places stops out of order", () => {
    const line = new Polyline([at(0), at(1000)]);
    const placed = placeStopsAlong(line, [at(100), at(800), at(300), at(900)]);
    for (let i = 1; i < placed.alongM.length; i++) expect(placed.alongM[i]).toBeGreaterThanOrEqual(placed.alongM[i - 1]!);
  });
});
