"use client";

import { useQuery } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import type { Kpi } from "@/lib/domain/kpis";
import { cn } from "@/components/ui/cn";
import { operatingQueries } from "@/components/operating-picture/operating-queries";
import { useTRPC } from "@/lib/trpc/client";
import { formatKpiValue } from "./format-kpi";
import { kpiFreshness } from "./kpi-freshness";
import { KpiStatusChip } from "./kpi-status-chip";
import { STATUS_STYLE } from "./status-colors";
import { KPI_REFRESH_MS } from "./use-wall-kpis";
import { WALL_TEXT } from "./wall-text";

// MapLibre and deck.gl need a browser (STACK.md pitfall 3).
const WallboardMap = dynamic(() => import("./wallboard-map"), { ssr: false });

const NONE: never[] = [];

/** The city overview: everything active on the map, and the one number per area that says whether the city is fine. */
export function OverviewPanel({ headlines, now }: { headlines: readonly Kpi[]; now: Date }) {
  const trpc = useTRPC();
  const queries = operatingQueries(trpc);
  const poll = { refetchInterval: KPI_REFRESH_MS };
  const incidents = useQuery({ ...queries.activeIncidents, ...poll });
  const units = useQuery({ ...queries.units, ...poll });
  const sensors = useQuery({ ...queries.sensors, ...poll });
  const minute = Math.floor(now.getTime() / 60_000) * 60_000;
  return (
    <div className="flex h-full min-h-0 gap-[1.6vh]">
      <div className="relative min-w-0 flex-1 overflow-hidden rounded-[1.4vh] border-[0.3vh]">
        <WallboardMap label="Map of Nairobi" incidents={incidents.data?.items ?? NONE} units={units.data ?? NONE} sensors={sensors.data ?? NONE} nowMs={minute} />
      </div>
      <ul aria-label="Headline figures" className="flex w-[36vw] flex-col gap-[1.2vh]">
        {headlines.map((kpi) => (
          <Headline key={kpi.id} kpi={kpi} now={now} />
        ))}
      </ul>
    </div>
  );
}

function Headline({ kpi, now }: { kpi: Kpi; now: Date }) {
  const freshness = kpiFreshness(kpi, now);
  const style = STATUS_STYLE[kpi.status];
  return (
    <li aria-label={kpi.label} data-kpi={kpi.id} className={cn("bg-card flex flex-1 flex-col justify-center gap-[0.6vh] rounded-[1.4vh] border-[0.5vh] px-[2vh]", freshness.state === "fresh" ? style.border : "border-slate-600")}>
      <div className="flex items-center justify-between gap-[1vh]">
        <span className={cn(WALL_TEXT.small, "truncate")}>{kpi.label}</span>
        <KpiStatusChip status={kpi.status} freshness={freshness} />
      </div>
      <span className={cn(WALL_TEXT.headline, "tabular-nums", style.text, freshness.state !== "fresh" && "opacity-40")} style={kpi.color ? { color: kpi.color } : undefined}>
        {formatKpiValue(kpi.value, kpi.unit)}
      </span>
    </li>
  );
}
