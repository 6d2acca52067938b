import { and, eq, gte, or, sql } from "drizzle-orm";
import { workOrders } from "@/db/schema";
import { OPEN311_MEDIAN_AGE_H, type Kpi } from "@/lib/domain/kpis";
import { withinScope } from "@/server/auth/agency-scope";
import { historyStart, hourlyHistory, HOUR_MS } from "../hourly-history";
import { kpi, kpiRow, round1 } from "../kpi";
import type { KpiContext } from "../kpi-context";
import { openCountsByHour } from "../open-counts";
import { median } from "../percentile";
import { STATE_STALE_AFTER_S } from "../state-staleness";
import { thresholdStatus } from "../threshold-status";

const SERVICES_SHOWN = 3;

/**
 * Citizens' Open311 requests still open, and how long they have waited (median). A request keeps
 * no closing time of its own; a closed one is taken to have closed when its source last updated it.
 * Open311 requests have no sharing domain of their own: like the map, they travel with incidents.
 */
export async function openRequestsKpi(ctx: KpiContext): Promise<Kpi> {
  const from = new Date(historyStart(ctx.now).getTime() - 24 * HOUR_MS);
  const requests = await ctx.db
    .select({
      status: workOrders.status,
      service: sql<string>`coalesce(${workOrders.serviceName}, ${workOrders.serviceCode})`,
      requestedAt: workOrders.requestedAt,
      updatedAt: workOrders.sourceUpdatedAt,
      receivedAt: workOrders.receivedAt,
    })
    .from(workOrders)
    .where(and(withinScope(workOrders.agencyId, await ctx.scope("incidents")), or(gte(workOrders.requestedAt, from), eq(workOrders.status, "open"))));
  const open = requests.filter((r) => r.status === "open");
  const ageH = median(open.map((r) => (ctx.now.getTime() - r.requestedAt.getTime()) / HOUR_MS));
  const intervals = requests.map((r) => ({ openedAt: r.requestedAt, endedAt: r.status === "open" ? null : (r.updatedAt ?? r.receivedAt) }));
  const byService = new Map<string, number>();
  for (const { service } of open) byService.set(service, (byService.get(service) ?? 0) + 1);
  return kpi({
    id: "open-requests",
    label: "Open service requests",
    unit: "count",
    value: open.length,
    note: ageH === null ? "None open" : `Median age ${round1(ageH)} h`,
    status: thresholdStatus(ageH, OPEN311_MEDIAN_AGE_H),
    ...hourlyHistory(openCountsByHour(intervals, ctx.now), ctx.now),
    rows: [...byService]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, SERVICES_SHOWN)
      .map(([service, n]) => kpiRow(service, n, "count")),
    asOf: ctx.now,
    staleAfterS: STATE_STALE_AFTER_S,
  });
}
