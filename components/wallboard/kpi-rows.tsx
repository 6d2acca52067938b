import type { KpiRow } from "@/lib/domain/kpis";
import { cn } from "@/components/ui/cn";
import { formatKpiValue } from "./format-kpi";
import { STATUS_STYLE } from "./status-colors";
import { WALL_TEXT } from "./wall-text";

/** More rows than this go into two columns, so a tile never needs to scroll. */
const ONE_COLUMN_MAX = 4;

/** A KPI's breakdown (wards, gauges, corridors, priorities): name, value in its colour, and a short note. */
export function KpiRows({ rows }: { rows: readonly KpiRow[] }) {
  return (
    <ul className={cn("grid min-w-0 content-start gap-x-[3vh] gap-y-[0.8vh]", rows.length > ONE_COLUMN_MAX ? "grid-cols-2" : "grid-cols-1")}>
      {rows.map((row) => (
        <li key={row.label} className={cn(WALL_TEXT.small, "grid grid-cols-[1fr_auto] items-baseline gap-x-[1.4vh]")}>
          <span className="truncate">{row.label}</span>
          <span className={cn("font-semibold tabular-nums", STATUS_STYLE[row.status].text)} style={row.color ? { color: row.color } : undefined}>
            {formatKpiValue(row.value, row.unit)}
          </span>
          {row.note && <span className="text-muted-foreground col-span-2 truncate">{row.note}</span>}
        </li>
      ))}
    </ul>
  );
}
