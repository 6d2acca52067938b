import { cn } from "@/components/ui/cn";
import { sparklineRuns } from "./sparkline-path";

/** A trend line that fills its box; the caller sizes it in viewport units so it scales with the wall. */
export function Sparkline({ values, label, className }: { values: readonly (number | null)[]; label: string; className?: string }) {
  const runs = sparklineRuns(values);
  return (
    <svg role="img" aria-label={label} viewBox="0 0 100 30" preserveAspectRatio="none" className={cn("w-full fill-none", className)}>
      {runs.map((points, i) => (
        <polyline key={i} points={points} strokeWidth={2.5} strokeLinecap="round" strokeLinejoin="round" vectorEffect="non-scaling-stroke" />
      ))}
    </svg>
  );
}
