import { describe, expect, it } from "vitest";
import { buildRoadGraph, type GraphLine } from "./road-graph";
import { Router } from "./router";

// A small town, ~111 m between grid lines: a two-way high street, a one-way side street and a
// matatu shape whose vertex lies 3 m off the high street's end (merged into one junction).
const line = (coordinates: [number, number][], speedKph: number, oneway = false, name: string | null = null): GraphLine => ({ coordinates, speedKph, oneway, name });
const town = buildRoadGraph([
  line([[36.8, -1.3], [36.801, -1.3], [36.802, -1.3]], 36, false, "High Street"),
  line([[36.802, -1.3], [36.802, -1.301], [36.8, -1.301], [36.8, -1.3]], 36, true, "Side Street"),
  line([[36.80203, -1.3], [36.803, -1.3]], 18),
  line([[36.9, -1.4], [36.901, -1.4]], 36, false, "Island Road"),
]);
const router = new Router(town);

describe("road graph and router", () => {
  it("merges near-coincident vertices of different sources into one junction", () => {
    // High street 3, side street 2 more (it starts and ends on the high street), the matatu shape
    // 1 more (its first vertex is the high street's end), the island 2.
    expect(town.nodeCount).toBe(3 + 2 + 1 + 2);
  });

  it("snaps only to the largest strongly connected part, so islands never trap a route", () => {
    expect(town.routable.reduce((sum, flag) => sum + flag, 0)).toBe(6);
    const outcome = router.between([36.9, -1.4], [36.8, -1.3]);
    // The island is ~15 km away: further than the snap limit from the connected town.
    expect(outcome).toMatchObject({ ok: false });
  });

  it("honours one-way streets and names the road a route follows furthest", () => {
    const east = router.between([36.8, -1.3], [36.803, -1.3]);
    const back = router.between([36.802, -1.301], [36.8, -1.3]);
    if (!east.ok || !back.ok) throw new Error("expected routes");
    expect(east.route.via).toBe("High Street");
    expect(east.route.metres).toBeCloseTo(334, -1);
    // 36 km/h = 10 m/s on the street, 18 km/h on the matatu shape.
    expect(east.route.seconds).toBeCloseTo(222 / 10 + 111 / 5, 0);
    // With the side street one-way back to the start, that is the way home.
    expect(back.route.via).toBe("Side Street");
    expect(back.route.metres).toBeCloseTo(333, -1);
  });
});
