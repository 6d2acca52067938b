import type { KpiBaseline, KpiUnit } from "@/lib/domain/kpis";
import { formatKpiValue } from "./format-kpi";
import { WALL_TEXT } from "./wall-text";

/** What the value is measured against: the same hour yesterday and the 7-day median of that hour. */
export function KpiBaselineLine({ baseline, unit }: { baseline: KpiBaseline | null; unit: KpiUnit }) {
  return (
    <p className={`${WALL_TEXT.small} text-muted-foreground truncate`}>
      {baseline
        ? `Yesterday ${formatKpiValue(baseline.sameHourYesterday, unit)} · 7-day median ${formatKpiValue(baseline.median7d, unit)}`
        : "Trend since this screen opened"}
    </p>
  );
}
