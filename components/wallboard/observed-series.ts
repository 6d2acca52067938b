import type { KpiPanelData } from "@/lib/domain/kpis";

/** Two hours of 30-second refreshes: enough for a sparkline, and the memory stays flat however long the wall runs. */
export const OBSERVED_POINTS = 240;

export type ObservedSeries = Readonly<Record<string, readonly number[]>>;

/**
 * For KPIs the server keeps no history of (units, matatus), the wall draws what it has seen
 * itself: each refresh appends the value, and the oldest drops off past `max`.
 */
export function appendObserved(previous: ObservedSeries | undefined, panel: KpiPanelData, max = OBSERVED_POINTS): ObservedSeries {
  const next: Record<string, readonly number[]> = {};
  for (const kpi of panel.kpis) {
    if (kpi.baseline !== null) continue;
    const seen = previous?.[kpi.id] ?? [];
    next[kpi.id] = kpi.value === null ? seen : [...seen.slice(Math.max(0, seen.length + 1 - max)), kpi.value];
  }
  return next;
}
