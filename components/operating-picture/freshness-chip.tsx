import { cn } from "@/components/ui/cn";
import { formatAgeShort, type Freshness, type FreshnessLevel } from "./layer-freshness";

const LEVEL_STYLE: Record<FreshnessLevel, { dot: string; text: string; meaning: string }> = {
  fresh: { dot: "bg-emerald-400", text: "text-muted-foreground", meaning: "up to date" },
  late: { dot: "bg-amber-400", text: "text-amber-300", meaning: "late" },
  stale: { dot: "bg-red-500", text: "text-red-300", meaning: "stale" },
  none: { dot: "bg-slate-500", text: "text-muted-foreground", meaning: "no data yet" },
};

/** Below this a layer is simply current; the exact seconds would only flicker. */
const NOW_S = 5;

/** How old a layer's newest data is: green while current, amber when late, red when stale. */
export function FreshnessChip({ layerLabel, freshness }: { layerLabel: string; freshness: Freshness }) {
  const { level, ageS } = freshness;
  const style = LEVEL_STYLE[level];
  const age = ageS === null ? "no data" : ageS < NOW_S ? "now" : formatAgeShort(ageS);
  return (
    <span
      role="img"
      aria-label={`${layerLabel} data: ${ageS === null ? style.meaning : `${age === "now" ? "current" : `${age} old`}, ${style.meaning}`}`}
      data-freshness={level}
      className={cn("inline-flex w-14 shrink-0 items-center justify-end gap-1 text-[11px] tabular-nums", style.text)}
    >
      <span aria-hidden className={cn("size-1.5 rounded-full", style.dot)} />
      <span aria-hidden>{age}</span>
    </span>
  );
}
