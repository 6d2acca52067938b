import { eq, and } from "drizzle-orm";
import { feeds } from "@/db/schema";
import { FEED_HEALTH_STATES, type Kpi, type KpiStatus, type FeedHealthState } from "@/lib/domain/kpis";
import { withinScope } from "@/server/auth/agency-scope";
import { feedHealth } from "./feed-health";
import { kpi, kpiRow } from "./kpi";
import type { KpiContext } from "./kpi-context";
import { STATE_STALE_AFTER_S } from "./state-staleness";
import { worstStatus } from "./threshold-status";

const STATE_STATUS: Record<FeedHealthState, KpiStatus> = { healthy: "good", stale: "warn", failing: "bad" };

/** Enabled feeds by health; the rows name every feed that is not healthy, so the wall says which. */
export async function feedHealthKpi(ctx: KpiContext): Promise<Kpi> {
  const rows = await ctx.db
    .select({ name: feeds.name, intervalS: feeds.intervalS, lastSuccessAt: feeds.lastSuccessAt, lastErrorAt: feeds.lastErrorAt })
    .from(feeds)
    .where(and(eq(feeds.enabled, true), withinScope(feeds.agencyId, await ctx.scope("feeds"))));
  const judged = rows.map((feed) => ({ name: feed.name, state: feedHealth(feed, ctx.now) }));
  const tally = Object.fromEntries(FEED_HEALTH_STATES.map((state) => [state, judged.filter((f) => f.state === state).length])) as Record<FeedHealthState, number>;
  return kpi({
    id: "feed-health",
    label: "Feeds healthy",
    unit: "count",
    value: judged.length ? tally.healthy : null,
    note: `of ${judged.length} healthy · ${tally.stale} stale · ${tally.failing} failing`,
    status: worstStatus(judged.map((f) => STATE_STATUS[f.state])),
    rows: judged.filter((f) => f.state !== "healthy").map((f) => kpiRow(f.name, null, "count", { note: f.state, status: STATE_STATUS[f.state] })),
    asOf: ctx.now,
    staleAfterS: STATE_STALE_AFTER_S,
  });
}
