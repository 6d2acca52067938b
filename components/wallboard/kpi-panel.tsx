import type { Kpi } from "@/lib/domain/kpis";
import { KpiTile } from "./kpi-tile";
import type { ObservedSeries } from "./observed-series";

/**
 * A panel's KPIs in a two-column grid; an odd last tile takes the whole width, which suits the
 * tiles with the longest breakdowns (corridors, noise monitors).
 */
export function KpiPanel({ kpis, observed, now }: { kpis: readonly Kpi[]; observed: ObservedSeries; now: Date }) {
  return (
    <div className="grid h-full min-h-0 auto-rows-fr grid-cols-2 gap-[1.6vh]">
      {kpis.map((kpi, i) => (
        <KpiTile key={kpi.id} kpi={kpi} observed={observed[kpi.id]} now={now} className={kpis.length % 2 === 1 && i === kpis.length - 1 ? "col-span-2" : undefined} />
      ))}
    </div>
  );
}
