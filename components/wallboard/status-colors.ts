import type { KpiStatus } from "@/lib/domain/kpis";

/** The threshold colours, with a word for each so colour is never the only signal. */
export const STATUS_STYLE: Record<KpiStatus, { text: string; border: string; stroke: string; word: string | null }> = {
  good: { text: "text-emerald-400", border: "border-emerald-500/70", stroke: "stroke-emerald-400", word: "Normal" },
  warn: { text: "text-amber-300", border: "border-amber-400", stroke: "stroke-amber-300", word: "Watch" },
  bad: { text: "text-red-400", border: "border-red-500", stroke: "stroke-red-400", word: "Alert" },
  none: { text: "text-foreground", border: "border-border", stroke: "stroke-slate-300", word: null },
};
