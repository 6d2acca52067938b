import { and, gte, inArray, or } from "drizzle-orm";
import { incidents } from "@/db/schema";
import { ACTIVE_INCIDENT_STATUSES } from "@/lib/domain/incidents";
import { withinScope } from "@/server/auth/agency-scope";
import { historyStart, HOUR_MS } from "../hourly-history";
import type { KpiContext } from "../kpi-context";

/**
 * Incidents reported in the KPI history (plus a day before it, so those still open when it began
 * count too), and every one still active. Both halves use an index; an incident reported over
 * eight days ago and closed since is rare enough not to be worth a scan.
 */
export async function loadIncidentWindow(ctx: KpiContext) {
  const from = new Date(historyStart(ctx.now).getTime() - 24 * HOUR_MS);
  return ctx.db
    .select({
      priority: incidents.priority,
      status: incidents.status,
      source: incidents.source,
      reportedAt: incidents.reportedAt,
      dispatchedAt: incidents.dispatchedAt,
      onSceneAt: incidents.onSceneAt,
      clearedAt: incidents.clearedAt,
      closedAt: incidents.closedAt,
    })
    .from(incidents)
    .where(
      and(
        withinScope(incidents.agencyId, await ctx.scope("incidents")),
        or(gte(incidents.reportedAt, from), inArray(incidents.status, [...ACTIVE_INCIDENT_STATUSES])),
      ),
    );
}

export type WindowIncident = Awaited<ReturnType<typeof loadIncidentWindow>>[number];

/** When an incident stopped needing attention: cleared, or closed without a clearance. */
export const endedAt = (incident: WindowIncident) => incident.clearedAt ?? incident.closedAt;
