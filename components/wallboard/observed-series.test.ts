import { describe, expect, it } from "vitest";
import type { Kpi } from "@/lib/domain/kpis";
import { appendObserved } from "./observed-series";

const kpi = (id: string, value: number | null, withHistory = false): Kpi => ({
  id,
  label: id,
  value,
  unit: "count",
  status: "none",
  note: null,
  color: null,
  trend: [],
  baseline: withHistory ? { sameHourYesterday: null, median7d: null } : null,
  asOf: null,
  staleAfterS: 60,
  rows: [],
});
const panel = (...kpis: Kpi[]) => ({ kpis, computedAt: new Date() });

describe("appendObserved", () => {
  it("appends each refresh's value for KPIs without server history only", () => {
    const first = appendObserved(undefined, panel(kpi("units", 5), kpi("incidents", 3, true)));
    expect(first).toEqual({ units: [5] });
    expect(appendObserved(first, panel(kpi("units", 6)))).toEqual({ units: [5, 6] });
  });

  it("keeps at most `max` points, dropping the oldest, and skips missing values", () => {
    let series = appendObserved(undefined, panel(kpi("units", 1)), 3);
    for (const value of [2, 3, 4, null, 5]) series = appendObserved(series, panel(kpi("units", value)), 3);
    expect(series).toEqual({ units: [3, 4, 5] });
  });

  it("forgets KPIs that are no longer on the panel", () => {
    expect(appendObserved({ gone: [1, 2] }, panel(kpi("units", 1)))).toEqual({ units: [1] });
  });
});
