import { describe, expect, it } from "vitest";
import { kpiFreshness } from "./kpi-freshness";

const now = new Date("2026-11-29T12:00:00Z");
const ago = (s: number) => new Date(now.getTime() - s * 1000);

describe("kpiFreshness", () => {
  it("is fresh up to its cadence, then stale with its age", () => {
    expect(kpiFreshness({ asOf: ago(120), staleAfterS: 120 }, now)).toEqual({ state: "fresh" });
    expect(kpiFreshness({ asOf: ago(121), staleAfterS: 120 }, now)).toEqual({ state: "stale", age: "2 min" });
    expect(kpiFreshness({ asOf: ago(3 * 3600 + 300), staleAfterS: 120 }, now)).toEqual({ state: "stale", age: "3 h 05 min" });
  });

  it("is missing when no data ever came", () => {
    expect(kpiFreshness({ asOf: null, staleAfterS: 60 }, now)).toEqual({ state: "missing" });
  });
});
