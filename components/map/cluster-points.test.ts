import { describe, expect, it } from "vitest";
import { clusterPoints } from "./cluster-points";

// About 110 m apart, and a third point 5 km away.
const points = [
  { id: "a", lon: 36.82, lat: -1.28 },
  { id: "b", lon: 36.821, lat: -1.28 },
  { id: "c", lon: 36.87, lat: -1.28 },
];

describe("clusterPoints", () => {
  it("merges points that share a screen cell at city scale, at their mean position", () => {
    const clusters = clusterPoints(points, 11);
    expect(clusters.map((c) => c.members.map((m) => m.id))).toEqual([["a", "b"], ["c"]]);
    expect(clusters[0]!.lon).toBeCloseTo(36.8205, 6);
  });

  it("keeps every point apart at street scale, even two at one address", () => {
    expect(clusterPoints(points, 15)).toHaveLength(3);
    expect(clusterPoints([points[0]!, { ...points[0]!, id: "same place" }], 16)).toHaveLength(2);
  });
});
