import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW, viewFromSearch, viewportFromHash, viewportToHash, viewToSearch, type OperatingView } from "./operating-view";

describe("the view in the URL", () => {
  it("round-trips every part of the view", () => {
    const view: OperatingView = {
      layers: { ...DEFAULT_VIEW.layers, matatus: false, density: true },
      selection: { kind: "sensor", id: "air-quality-080101" },
      densityWindow: "24h",
      wardMetric: "worstAqi",
      matatuColor: "route",
    };
    const search = viewToSearch(view);
    expect(search).toContain("select=sensor:air-quality-080101");
    expect(search).toContain("layers=incidents,units,sensors");
    expect(viewFromSearch(search)).toEqual(view);
  });

  it("opens the default picture without parameters", () => {
    expect(viewFromSearch("")).toEqual(DEFAULT_VIEW);
  });

  it("keeps an incident id with its dashes and ignores what it does not know", () => {
    const view = viewFromSearch("?layers=incidents,bogus&select=incident:0b6f-41&window=forever&metric=nope");
    expect(view.selection).toEqual({ kind: "incident", id: "0b6f-41" });
    expect(Object.entries(view.layers).filter(([, on]) => on)).toEqual([["incidents", true]]);
    expect(view.densityWindow).toBe(DEFAULT_VIEW.densityWindow);
    expect(view.wardMetric).toBe(DEFAULT_VIEW.wardMetric);
    expect(viewFromSearch("select=ghost:1").selection).toBeNull();
  });
});

describe("the viewport in the hash", () => {
  it("round-trips at a precision of about a metre", () => {
    const hash = viewportToHash({ zoom: 13.512345, lat: -1.2921234567, lon: 36.8219876543 });
    expect(hash).toBe("#map=13.51/-1.29212/36.82199");
    expect(viewportFromHash(hash)).toEqual({ zoom: 13.51, lat: -1.29212, lon: 36.82199 });
  });

  it("refuses what is not a place on the map", () => {
    expect(viewportFromHash("")).toBeNull();
    expect(viewportFromHash("#map=12/95/36.8")).toBeNull();
    expect(viewportFromHash("#map=abc")).toBeNull();
  });
});
