import type { KpiUnit } from "@/lib/domain/kpis";

/** Whole numbers for counts and indices, one decimal where a decimal carries meaning. */
const DECIMALS: Record<KpiUnit, number> = { count: 0, AQI: 0, "%": 0, "km/h": 0, dB: 0, min: 1, h: 1, m: 2 };

/** The number as the wall shows it; an em dash when there is none. */
export function formatKpiNumber(value: number | null, unit: KpiUnit): string {
  if (value === null) return "—";
  const decimals = DECIMALS[unit];
  // Drop a trailing ".0": "8 min" reads faster than "8.0 min".
  return Number(value.toFixed(decimals)).toLocaleString("en-GB", { maximumFractionDigits: decimals });
}

/** The unit as written after the number; counts and the AQI need none. */
export const unitSuffix = (unit: KpiUnit) => (unit === "count" || unit === "AQI" ? "" : unit === "%" ? "%" : ` ${unit}`);

export const formatKpiValue = (value: number | null, unit: KpiUnit) => (value === null ? "—" : `${formatKpiNumber(value, unit)}${unitSuffix(unit)}`);
