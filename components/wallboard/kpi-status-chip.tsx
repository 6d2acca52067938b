import type { KpiStatus } from "@/lib/domain/kpis";
import { cn } from "@/components/ui/cn";
import type { Freshness } from "./kpi-freshness";
import { STATUS_STYLE } from "./status-colors";
import { WALL_TEXT } from "./wall-text";

/** The status in words beside the colour; a stale tile says how old its data is instead. */
export function KpiStatusChip({ status, freshness }: { status: KpiStatus; freshness: Freshness }) {
  const text = freshness.state === "stale" ? `Stale · ${freshness.age} old` : freshness.state === "missing" ? "No data" : STATUS_STYLE[status].word;
  if (!text) return null;
  const fresh = freshness.state === "fresh";
  return (
    <span className={cn(WALL_TEXT.small, "shrink-0 rounded-[0.8vh] border-[0.25vh] px-[1vh] font-semibold whitespace-nowrap", fresh ? [STATUS_STYLE[status].text, STATUS_STYLE[status].border] : "border-slate-400 text-slate-200")}>
      {text}
    </span>
  );
}
