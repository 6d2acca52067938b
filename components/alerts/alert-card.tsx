"use client";

import { formatAgo } from "@/components/incidents/format-age";
import { ALERT_KIND_LABELS, ALERT_STATUS_LABELS, type AlertKind } from "@/lib/domain/alerts";
import { AlertActions } from "./alert-actions";
import type { AlertRow, Viewer } from "./alert-types";
import { SeverityBadge } from "./severity-badge";

/** One alert: what, where, since when, how often, who has it, and what can be done. */
export function AlertCard({ alert, viewer, now }: { alert: AlertRow; viewer: Viewer; now: Date }) {
  const titleId = `alert-${alert.id}-title`;
  return (
    <article aria-labelledby={titleId} data-status={alert.status} className="bg-card flex flex-col gap-2 rounded-md border p-3">
      <header className="flex flex-wrap items-center gap-2">
        <SeverityBadge severity={alert.severity} />
        <h3 id={titleId} className="font-semibold">{alert.title}</h3>
        <span className="text-muted-foreground ml-auto text-xs">
          {ALERT_STATUS_LABELS[alert.status]} · {ALERT_KIND_LABELS[alert.source as AlertKind] ?? alert.source} · {alert.agencyId} · opened{" "}
          <time dateTime={alert.openedAt.toISOString()} title={alert.openedAt.toLocaleString()}>{formatAgo(alert.openedAt, now)}</time>
        </span>
      </header>
      {alert.description && <p className="text-sm">{alert.description}</p>}
      <dl className="text-muted-foreground grid grid-cols-[auto_1fr] gap-x-3 text-xs">
        {alert.areaDesc && (<><dt>Where</dt><dd>{alert.areaDesc}</dd></>)}
        {alert.retriggerCount > 0 && (<><dt>Re-triggered</dt><dd>{alert.retriggerCount} {alert.retriggerCount === 1 ? "time" : "times"}, last {formatAgo(alert.triggeredAt, now)}</dd></>)}
        {alert.acknowledgedBy && (<><dt>Acknowledged</dt><dd>{alert.acknowledgedBy}: “{alert.acknowledgedComment}”</dd></>)}
        {alert.incidentId && (<><dt>Incident</dt><dd>Escalated to an incident</dd></>)}
        {alert.status === "resolved" && (<><dt>Resolved</dt><dd>{alert.resolvedBy === "rules" ? "Condition cleared" : alert.resolvedBy}{alert.resolveReason ? `: ${alert.resolveReason}` : ""}</dd></>)}
      </dl>
      <AlertActions alert={alert} viewer={viewer} />
    </article>
  );
}
