import type { Kpi, KpiRow, KpiUnit } from "@/lib/domain/kpis";

type Required = Pick<Kpi, "id" | "label" | "unit" | "value" | "staleAfterS">;

/** A KPI with the optional parts empty: no colour, no history, no rows, unless given. */
export function kpi(fields: Required & Partial<Kpi>): Kpi {
  return { status: "none", note: null, color: null, trend: [], baseline: null, asOf: null, rows: [], ...fields };
}

export function kpiRow(label: string, value: number | null, unit: KpiUnit, fields: Partial<Omit<KpiRow, "label" | "value" | "unit">> = {}): KpiRow {
  return { label, value, unit, status: "none", note: null, color: null, ...fields };
}

/** The newest of some timestamps (the data a KPI rests on), or null when there is none. */
export function newest(times: Iterable<Date | null>): Date | null {
  let latest: Date | null = null;
  for (const time of times) if (time && (!latest || time > latest)) latest = time;
  return latest;
}

/** Numbers from SQL arrive as strings from some drivers (bigint, numeric); nulls stay null. */
export const toNumber = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));
export const toDate = (value: unknown): Date | null => (value === null || value === undefined ? null : new Date(value as string | Date));

/** One decimal is as precise as a wall needs to be. */
export const round1 = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);
