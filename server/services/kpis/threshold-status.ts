import type { KpiStatus, Threshold } from "@/lib/domain/kpis";

/**
 * The colour of a value against a threshold. Where higher is worse (warn < bad), reaching a limit
 * crosses it: 80 % load is amber at warn 80. Where lower is worse (warn > bad), falling below it
 * does: 90 % on time is still green at warn 90.
 */
export function thresholdStatus(value: number | null, { warn, bad }: Threshold): KpiStatus {
  if (value === null) return "none";
  if (warn <= bad) return value >= bad ? "bad" : value >= warn ? "warn" : "good";
  return value < bad ? "bad" : value < warn ? "warn" : "good";
}

const SEVERITY: Record<KpiStatus, number> = { none: 0, good: 1, warn: 2, bad: 3 };

/** A tile is as red as its worst row. */
export function worstStatus(statuses: Iterable<KpiStatus>): KpiStatus {
  let worst: KpiStatus = "none";
  for (const status of statuses) if (SEVERITY[status] > SEVERITY[worst]) worst = status;
  return worst;
}
