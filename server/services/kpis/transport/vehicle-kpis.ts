import { sql } from "drizzle-orm";
import { vehicles } from "@/db/schema";
import { ON_TIME_DELAY_S, ON_TIME_SHARE, VEHICLE_IN_SERVICE_S, type Kpi } from "@/lib/domain/kpis";
import { withinScope } from "@/server/auth/agency-scope";
import { kpi, round1, toDate, toNumber } from "../kpi";
import type { KpiContext } from "../kpi-context";
import { thresholdStatus } from "../threshold-status";

/** GTFS-Realtime's own rule: a position older than 90 s is stale, so the wall says so after the same time. */
const VEHICLE_STALE_AFTER_S = VEHICLE_IN_SERVICE_S;

/**
 * Matatus in service (a position within the last 90 s) and the share of them within five minutes
 * of schedule, from the live vehicles table. Positions keep no history, so the wall draws the
 * trend from what it has seen itself.
 */
export async function vehicleKpis(ctx: KpiContext): Promise<Kpi[]> {
  const inService = sql`${vehicles.reportedAt} > ${new Date(ctx.now.getTime() - VEHICLE_IN_SERVICE_S * 1000).toISOString()}::timestamptz`;
  const [row] = await ctx.db
    .select({
      known: sql<number>`count(*)::int`,
      inService: sql<number>`count(*) filter (where ${inService})::int`,
      withDelay: sql<number>`count(*) filter (where ${inService} and ${vehicles.delayS} is not null)::int`,
      onTime: sql<number>`count(*) filter (where ${inService} and abs(${vehicles.delayS}) <= ${ON_TIME_DELAY_S})::int`,
      latest: sql<Date | null>`max(${vehicles.reportedAt})`,
    })
    .from(vehicles)
    .where(withinScope(vehicles.agencyId, await ctx.scope("transit")));
  const known = toNumber(row?.known) ?? 0;
  const running = toNumber(row?.inService) ?? 0;
  const withDelay = toNumber(row?.withDelay) ?? 0;
  const onTime = withDelay ? (100 * (toNumber(row?.onTime) ?? 0)) / withDelay : null;
  const asOf = toDate(row?.latest);
  return [
    kpi({
      id: "matatus-in-service",
      label: "Matatus in service",
      unit: "count",
      value: known ? running : null,
      note: known ? `of ${known} tracked` : "No vehicles tracked",
      asOf,
      staleAfterS: VEHICLE_STALE_AFTER_S,
    }),
    kpi({
      id: "matatus-on-time",
      label: "Matatus on time",
      unit: "%",
      value: round1(onTime),
      note: withDelay ? `Within 5 min of schedule · ${withDelay} reporting delay` : "No delays reported",
      status: thresholdStatus(onTime, ON_TIME_SHARE),
      asOf,
      staleAfterS: VEHICLE_STALE_AFTER_S,
    }),
  ];
}
