import { describe, expect, it } from "vitest";
import { placeRoadLabels, type RoadForLabel } from "./place-road-labels";

// About 1.1 km per 0.01 degree near Nairobi's latitude.
const road = (name: string, coordinates: [number, number][], highway = "trunk"): RoadForLabel => ({
  name,
  highway,
  geometry: { type: "LineString", coordinates },
});

describe("placeRoadLabels", () => {
  it("labels a piece at its midpoint along its direction", () => {
    const [label] = placeRoadLabels([road("Uhuru Highway", [[36.8, -1.3], [36.82, -1.3]])]);
    expect(label!.position[0]).toBeCloseTo(36.81, 6);
    expect(label!.position[1]).toBeCloseTo(-1.3, 6);
    expect(label!.angle).toBeCloseTo(0, 6);
  });

  it("keeps text upright for pieces drawn westward or southward", () => {
    const [westward] = placeRoadLabels([road("A", [[36.82, -1.3], [36.8, -1.3]])]);
    const [southward] = placeRoadLabels([road("B", [[36.8, -1.28], [36.8, -1.3]])]);
    expect(Math.abs(westward!.angle)).toBeCloseTo(0, 6);
    expect(Math.abs(southward!.angle)).toBeCloseTo(90, 6);
  });

  it("spaces labels of one road apart and skips pieces too short to read", () => {
    const labels = placeRoadLabels([
      road("Mombasa Road", [[36.8, -1.3], [36.83, -1.3]]),
      road("Mombasa Road", [[36.83, -1.3], [36.831, -1.3]]), // 110 m: a stub
      road("Mombasa Road", [[36.831, -1.3], [36.84, -1.3]]), // 1 km, midpoint too near the first
      road("Mombasa Road", [[36.9, -1.3], [36.92, -1.3]]),
      road("Ngong Road", [[36.8, -1.31], [36.81, -1.31]]),
    ]);
    expect(labels.filter((l) => l.name === "Mombasa Road").map((l) => l.position[0])).toEqual([
      expect.closeTo(36.815, 6),
      expect.closeTo(36.91, 6),
    ]);
    expect(labels.filter((l) => l.name === "Ngong Road")).toHaveLength(1);
  });
});
