"use client";

import { PriorityBadge } from "@/components/incidents/priority-badge";
import { cn } from "@/components/ui/cn";
import type { ResponseTargets } from "@/lib/domain/dispatch";
import { INCIDENT_SOURCE_LABELS, INCIDENT_STATUS_LABELS, INCIDENT_TYPE_LABELS } from "@/lib/domain/incidents";
import type { IncidentRow } from "./dispatch-queries";
import { IncidentTimers } from "./incident-timers";

/** Most urgent first, then the longest waiting: the order a dispatcher works through them. */
export const byUrgency = (a: IncidentRow, b: IncidentRow) => a.priority - b.priority || a.reportedAt.getTime() - b.reportedAt.getTime();

/** The queue in the order J and K walk it: calls awaiting dispatch, then incidents in progress. */
export function queueOrder(incidents: readonly IncidentRow[]): IncidentRow[] {
  const waiting = incidents.filter((incident) => incident.status === "new").sort(byUrgency);
  const working = incidents.filter((incident) => incident.status !== "new").sort(byUrgency);
  return [...waiting, ...working];
}

interface CallQueueProps {
  incidents: readonly IncidentRow[];
  selectedId: string | null;
  onSelect: (incident: IncidentRow) => void;
  targets: ResponseTargets;
  now: Date;
}

export function CallQueue({ incidents, selectedId, onSelect, targets, now }: CallQueueProps) {
  const ordered = queueOrder(incidents);
  const waiting = ordered.filter((incident) => incident.status === "new");
  const working = ordered.filter((incident) => incident.status !== "new");
  const section = (title: string, rows: IncidentRow[], empty: string) => (
    <section aria-label={title} className="border-b px-2 py-2">
      <h2 className="text-muted-foreground mb-1 flex items-center justify-between px-1 text-xs font-semibold tracking-wide uppercase">
        {title}
        <span className="tabular-nums">{rows.length}</span>
      </h2>
      {rows.length === 0 ? (
        <p className="text-muted-foreground px-1 py-2 text-sm">{empty}</p>
      ) : (
        <ul className="space-y-0.5">
          {rows.map((incident) => (
            <li key={incident.id}>
              <button
                type="button"
                aria-pressed={incident.id === selectedId}
                onClick={() => onSelect(incident)}
                className={cn(
                  "hover:bg-muted focus-visible:ring-ring w-full rounded-md px-2 py-1.5 text-left outline-none focus-visible:ring-2",
                  incident.id === selectedId && "bg-muted ring-primary/60 ring-1",
                )}
              >
                <span className="flex items-center gap-2">
                  <PriorityBadge priority={incident.priority} />
                  <span className="truncate text-sm font-medium">{INCIDENT_TYPE_LABELS[incident.type]}</span>
                  <span className="text-muted-foreground ml-auto shrink-0 text-xs">
                    {incident.status === "new" ? INCIDENT_SOURCE_LABELS[incident.source] : INCIDENT_STATUS_LABELS[incident.status]}
                  </span>
                </span>
                <span className="mt-0.5 block truncate text-sm">{incident.title}</span>
                <IncidentTimers incident={incident} targets={targets} now={now} compact />
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
  return (
    <nav aria-label="Call queue" className="min-h-0 flex-1 overflow-y-auto">
      {section("Awaiting dispatch", waiting, "No call is waiting. Press N to take a new call.")}
      {section("In progress", working, "No incident is being worked.")}
    </nav>
  );
}
