import { and, gte, inArray, or, sql, type SQL } from "drizzle-orm";
import { selectRows } from "@/db/client";
import { incidents } from "@/db/schema";
import { ACTIVE_INCIDENT_STATUSES } from "@/lib/domain/incidents";
import { ANSWERED_CALL_SOURCES } from "@/lib/domain/kpis";
import { withinScope } from "@/server/auth/agency-scope";
import { historyStart, HOUR_MS } from "../hourly-history";
import type { KpiContext } from "../kpi-context";

export interface WindowIncident {
  priority: number;
  /** Began as an answered emergency call: NFPA 1225 measures these. */
  isCall: boolean;
  reportedAt: Date;
  dispatchedAt: Date | null;
  onSceneAt: Date | null;
  /** Null while active; otherwise when it was cleared or closed (its report time if neither is recorded). */
  endedAt: Date | null;
}

type Row = { priority: number; is_call: boolean; reported: number; dispatched: number | null; on_scene: number | null; ended: number | null };

/** Times travel as epoch milliseconds and nothing as text: thousands of rows then parse about twice as fast. */
const epochMs = (time: SQL) => sql`(extract(epoch from ${time}) * 1000)::float8`;
const dateOf = (ms: number | null) => (ms === null ? null : new Date(ms));

/**
 * Incidents reported in the KPI history (plus a day before it, so those still open when it began
 * count too), and every one still active. Both halves use an index; an incident reported over
 * eight days ago and closed since is rare enough not to be worth a scan.
 */
export async function loadIncidentWindow(ctx: KpiContext): Promise<WindowIncident[]> {
  const from = new Date(historyStart(ctx.now).getTime() - 24 * HOUR_MS);
  const active = inArray(incidents.status, [...ACTIVE_INCIDENT_STATUSES]);
  const rows = await selectRows<Row>(
    ctx.db,
    sql`select ${incidents.priority} as priority, ${inArray(incidents.source, [...ANSWERED_CALL_SOURCES])} as is_call,
          ${epochMs(sql`${incidents.reportedAt}`)} as reported, ${epochMs(sql`${incidents.dispatchedAt}`)} as dispatched,
          ${epochMs(sql`${incidents.onSceneAt}`)} as on_scene,
          ${epochMs(sql`case when ${active} then null else coalesce(${incidents.clearedAt}, ${incidents.closedAt}, ${incidents.reportedAt}) end`)} as ended
        from ${incidents}
        where ${and(withinScope(incidents.agencyId, await ctx.scope("incidents")), or(gte(incidents.reportedAt, from), active))}`,
  );
  return rows.map((r) => ({
    priority: r.priority,
    isCall: r.is_call,
    reportedAt: new Date(r.reported),
    dispatchedAt: dateOf(r.dispatched),
    onSceneAt: dateOf(r.on_scene),
    endedAt: dateOf(r.ended),
  }));
}
