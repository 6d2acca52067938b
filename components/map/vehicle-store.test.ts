import { describe, expect, it } from "vitest";
import { VehicleStore, type VehicleReport } from "./vehicle-store";

const report = (id: string, seq: number, lon: number, delayS: number | null = 0): VehicleReport => ({
  id,
  routeId: "23",
  lon,
  lat: -1.28,
  bearingDeg: null,
  speedMps: null,
  delayS,
  reportedAt: new Date(1_000_000),
  seq,
});
const paint = { color: (r: VehicleReport) => (r.delayS === null ? ([1, 2, 3] as const) : ([9, 9, 9] as const)), alpha: () => 200 };

describe("VehicleStore", () => {
  it("keeps each vehicle in one slot and rewrites it in place", () => {
    const store = new VehicleStore(paint);
    store.apply([report("a", 1, 36.8), report("b", 2, 36.9)]);
    const positions = store.data.attributes.getPosition.value;
    store.apply([report("a", 3, 36.85, null)]);
    const data = store.data;
    expect(data.length).toBe(2);
    expect(data.attributes.getPosition.value).toBe(positions);
    expect(positions[0]).toBeCloseTo(36.85, 5);
    expect([...data.attributes.getFillColor.value.subarray(0, 4)]).toEqual([1, 2, 3, 200]);
    expect(store.reportAt(1)?.id).toBe("b");
  });

  it("ignores a report older than the one it holds, and then does not count it as a change", () => {
    const store = new VehicleStore(paint);
    store.apply([report("a", 5, 36.8)]);
    const version = store.getVersion();
    store.apply([report("a", 4, 36.0)]);
    expect(store.getVersion()).toBe(version);
    expect(store.get("a")?.lon).toBe(36.8);
  });

  it("grows past its first capacity without losing vehicles", () => {
    const store = new VehicleStore(paint);
    store.apply(Array.from({ length: 3000 }, (_, i) => report(`v${i}`, i + 1, 36 + i / 10_000)));
    expect(store.size).toBe(3000);
    expect(store.data.attributes.getPosition.value[2 * 2999]).toBeCloseTo(36.2999, 4);
  });

  it("repaints only when a colour really changes", () => {
    const store = new VehicleStore(paint);
    store.apply([report("a", 1, 36.8)]);
    const version = store.getVersion();
    store.repaint();
    expect(store.getVersion()).toBe(version);
    store.repaint({ ...paint, alpha: () => 70 });
    expect(store.getVersion()).toBe(version + 1);
  });

  it("drops vehicles reported before a cutoff and keeps the rest drawn where they are", () => {
    const store = new VehicleStore(paint);
    const at = (id: string, seq: number, lon: number, reportedMs: number) => ({ ...report(id, seq, lon), reportedAt: new Date(reportedMs) });
    store.apply([at("gone-1", 1, 36.1, 100), at("kept-1", 2, 36.2, 900), at("gone-2", 3, 36.3, 200), at("kept-2", 4, 36.4, 950)]);
    const version = store.getVersion();
    store.dropReportedBefore(500);
    expect(store.getVersion()).toBe(version + 1);
    expect(store.size).toBe(2);
    expect(store.get("gone-1")).toBeUndefined();
    const drawn = Array.from({ length: store.size }, (_, i) => [store.reportAt(i)!.id, store.data.attributes.getPosition.value[2 * i]]);
    expect(Object.fromEntries(drawn)).toEqual({ "kept-1": expect.closeTo(36.2, 5), "kept-2": expect.closeTo(36.4, 5) });
    // A vehicle that reports again later comes back.
    store.apply([at("gone-1", 5, 36.5, 1000)]);
    expect(store.get("gone-1")?.lon).toBe(36.5);
    store.dropReportedBefore(500);
    expect(store.size).toBe(3);
  });
});
