import type { Kpi } from "@/lib/domain/kpis";
import { cn } from "@/components/ui/cn";
import { formatKpiValue } from "./format-kpi";
import { KpiBaselineLine } from "./kpi-baseline";
import { kpiFreshness } from "./kpi-freshness";
import { KpiRows } from "./kpi-rows";
import { KpiStatusChip } from "./kpi-status-chip";
import { Sparkline } from "./sparkline";
import { STATUS_STYLE } from "./status-colors";
import { WALL_TEXT } from "./wall-text";

interface KpiTileProps {
  kpi: Kpi;
  /** Values this screen has seen itself, for KPIs the server keeps no history of. */
  observed: readonly number[] | undefined;
  now: Date;
  className?: string;
}

/**
 * One KPI as a wall shows it: the value in its threshold colour, the trend, the baselines and
 * the breakdown. Data older than its cadence greys the tile out; the chip says how old.
 */
export function KpiTile({ kpi, observed, now, className }: KpiTileProps) {
  const freshness = kpiFreshness(kpi, now);
  const style = STATUS_STYLE[kpi.status];
  const trend = kpi.baseline ? kpi.trend : (observed ?? []);
  return (
    <section
      aria-label={kpi.label}
      data-kpi={kpi.id}
      data-status={kpi.status}
      data-freshness={freshness.state}
      className={cn("bg-card flex min-h-0 min-w-0 flex-col gap-[1vh] rounded-[1.4vh] border-[0.5vh] p-[2vh]", freshness.state === "fresh" ? style.border : "border-slate-600", className)}
    >
      <header className="flex items-start justify-between gap-[1.5vh]">
        <h2 className={cn(WALL_TEXT.label, "min-w-0 truncate")}>{kpi.label}</h2>
        <KpiStatusChip status={kpi.status} freshness={freshness} />
      </header>
      <div className={cn("flex min-h-0 flex-1 flex-col gap-[0.8vh]", freshness.state !== "fresh" && "opacity-40 grayscale")}>
        <div className="flex min-h-0 flex-1 gap-[3vh]">
          <div className="flex min-w-0 flex-[1_1_40%] flex-col gap-[0.8vh]">
            <p className={cn(WALL_TEXT.value, "tabular-nums", style.text)} style={kpi.color ? { color: kpi.color } : undefined}>
              {formatKpiValue(kpi.value, kpi.unit)}
            </p>
            {kpi.note && <p className={cn(WALL_TEXT.small, "text-muted-foreground")}>{kpi.note}</p>}
            <Sparkline values={trend} label={`${kpi.label}: trend`} className={cn("mt-auto h-[6vh]", style.stroke)} />
          </div>
          {kpi.rows.length > 0 && (
            <div className="min-w-0 flex-[1_1_60%]">
              <KpiRows rows={kpi.rows} />
            </div>
          )}
        </div>
        <KpiBaselineLine baseline={kpi.baseline} unit={kpi.unit} />
      </div>
    </section>
  );
}
