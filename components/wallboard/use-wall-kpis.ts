"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { KpiPanelData } from "@/lib/domain/kpis";
import { useTRPCClient } from "@/lib/trpc/client";
import { appendObserved, type ObservedSeries } from "./observed-series";

/** KPIs move by the minute; a wall that asks twice a minute is never more than half a minute behind. */
export const KPI_REFRESH_MS = 30_000;

export type KpiPanelName = "emergency" | "transport" | "environment" | "utilities";
export type WallPanelData = KpiPanelData & { observed: ObservedSeries };

/**
 * One panel's KPIs, refreshed on a timer whether or not the panel is showing, so a panel
 * coming round is already current. Each refresh also extends the bounded series the wall
 * draws for KPIs without server history.
 */
export function useWallKpis(panel: KpiPanelName) {
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const queryKey = ["wallboard", "kpis", panel];
  return useQuery({
    queryKey,
    queryFn: async (): Promise<WallPanelData> => {
      const data = await client.kpis[panel].query();
      return { ...data, observed: appendObserved(queryClient.getQueryData<WallPanelData>(queryKey)?.observed, data) };
    },
    refetchInterval: KPI_REFRESH_MS,
  });
}
