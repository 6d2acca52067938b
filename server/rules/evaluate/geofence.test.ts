import { describe, expect, it } from "vitest";
import type { Polygon } from "geojson";
import { evaluateGeofence, type Mobile, type PlaceMemory } from "./geofence";

const square: Polygon = { type: "Polygon", coordinates: [[[36.8, -1.3], [36.9, -1.3], [36.9, -1.2], [36.8, -1.2], [36.8, -1.3]]] };
const zone = { name: "Mathare", geometry: square };
const rule = { name: "Units in Mathare", severity: "minor" as const };
const unit = (lon: number): Mobile => ({ kind: "unit", id: "P-1", agencyId: "police", label: "Police 1", lon, lat: -1.25 });
const inside = unit(36.85);
const outside = unit(36.7);
const now = new Date("2026-03-10T09:00:00Z");
const earlier = new Date("2026-03-10T08:00:00Z");
const memoryOf = (state: PlaceMemory) => new Map([["unit:P-1", state]]);

describe("geofence rules", () => {
  it("enter: alerts while inside, from when it entered, and clears when it leaves", () => {
    const first = evaluateGeofence(rule, "enter", zone, [inside], new Map(), now);
    expect(first.findings[0]).toMatchObject({ verdict: "fire", since: now, title: "Units in Mathare: Police 1 entered Mathare", areaDesc: "Mathare" });
    expect(first.remembered).toEqual([{ kind: "unit", id: "P-1", inside: true, since: now }]);
    const later = evaluateGeofence(rule, "enter", zone, [inside], memoryOf({ inside: true, since: earlier }), now);
    expect(later.findings[0]).toMatchObject({ verdict: "fire", since: earlier });
    expect(later.remembered).toEqual([]);
    expect(evaluateGeofence(rule, "enter", zone, [outside], memoryOf({ inside: true, since: earlier }), now).findings[0]!.verdict).toBe("clear");
  });

  it("leave: alerts on a move from inside to outside only", () => {
    expect(evaluateGeofence(rule, "leave", zone, [outside], new Map(), now).findings[0]!.verdict).toBe("hold");
    expect(evaluateGeofence(rule, "leave", zone, [outside], memoryOf({ inside: true, since: earlier }), now).findings[0]).toMatchObject({ verdict: "fire", since: now });
    expect(evaluateGeofence(rule, "leave", zone, [outside], memoryOf({ inside: false, since: earlier }), now).findings[0]!.verdict).toBe("hold");
    expect(evaluateGeofence(rule, "leave", zone, [inside], memoryOf({ inside: false, since: earlier }), now).findings[0]!.verdict).toBe("clear");
  });
});
