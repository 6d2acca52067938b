import { and, gte, inArray, or, sql, type AnyColumn } from "drizzle-orm";
import { selectRows } from "@/db/client";
import { incidents } from "@/db/schema";
import { ACTIVE_INCIDENT_STATUSES, type IncidentSource, type IncidentStatus } from "@/lib/domain/incidents";
import { withinScope } from "@/server/auth/agency-scope";
import { historyStart, HOUR_MS } from "../hourly-history";
import type { KpiContext } from "../kpi-context";

export interface WindowIncident {
  priority: number;
  status: IncidentStatus;
  source: IncidentSource;
  reportedAt: Date;
  dispatchedAt: Date | null;
  onSceneAt: Date | null;
  /** When it stopped needing attention: cleared, or closed without a clearance. */
  endedAt: Date | null;
}

type Row = { priority: number; status: IncidentStatus; source: IncidentSource; reported: number; dispatched: number | null; on_scene: number | null; ended: number | null };

/** Times travel as epoch milliseconds: thousands of rows parse several times faster than as timestamps. */
const epochMs = (column: AnyColumn | ReturnType<typeof sql>) => sql`(extract(epoch from ${column}) * 1000)::float8`;
const dateOf = (ms: number | null) => (ms === null ? null : new Date(ms));

/**
 * Incidents reported in the KPI history (plus a day before it, so those still open when it began
 * count too), and every one still active. Both halves use an index; an incident reported over
 * eight days ago and closed since is rare enough not to be worth a scan.
 */
export async function loadIncidentWindow(ctx: KpiContext): Promise<WindowIncident[]> {
  const from = new Date(historyStart(ctx.now).getTime() - 24 * HOUR_MS);
  const rows = await selectRows<Row>(
    ctx.db,
    sql`select ${incidents.priority} as priority, ${incidents.status} as status, ${incidents.source} as source,
          ${epochMs(incidents.reportedAt)} as reported, ${epochMs(incidents.dispatchedAt)} as dispatched,
          ${epochMs(incidents.onSceneAt)} as on_scene, ${epochMs(sql`coalesce(${incidents.clearedAt}, ${incidents.closedAt})`)} as ended
        from ${incidents}
        where ${and(
          withinScope(incidents.agencyId, await ctx.scope("incidents")),
          or(gte(incidents.reportedAt, from), inArray(incidents.status, [...ACTIVE_INCIDENT_STATUSES])),
        )}`,
  );
  return rows.map((r) => ({
    priority: r.priority,
    status: r.status,
    source: r.source,
    reportedAt: new Date(r.reported),
    dispatchedAt: dateOf(r.dispatched),
    onSceneAt: dateOf(r.on_scene),
    endedAt: dateOf(r.ended),
  }));
}
