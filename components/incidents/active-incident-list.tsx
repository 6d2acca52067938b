"use client";

import { IncidentListItem, type IncidentSummary } from "./incident-list-item";
import { useNow } from "./use-now";

interface ActiveIncidentListProps<T extends IncidentSummary> {
  incidents: readonly T[];
  wardNames: ReadonlyMap<string, string>;
  selectedId: string | null;
  onSelect: (incident: T) => void;
}

/** Most urgent first, then the longest waiting: the order a dispatcher works through them. */
const byUrgency = (a: IncidentSummary, b: IncidentSummary) => a.priority - b.priority || a.reportedAt.getTime() - b.reportedAt.getTime();

export function ActiveIncidentList<T extends IncidentSummary>({ incidents, wardNames, selectedId, onSelect }: ActiveIncidentListProps<T>) {
  const now = useNow();
  if (incidents.length === 0) {
    return (
      <div className="text-muted-foreground rounded-md border border-dashed px-3 py-4 text-sm">
        <p className="text-foreground font-medium">No active incidents</p>
        <p className="mt-1">New calls and alerts appear here the moment they are logged.</p>
      </div>
    );
  }
  return (
    <ul aria-label="Active incidents" className="space-y-0.5">
      {[...incidents].sort(byUrgency).map((incident) => (
        <li key={incident.id}>
          <IncidentListItem
            incident={incident}
            wardName={incident.wardCode ? wardNames.get(incident.wardCode) : undefined}
            now={now}
            selected={incident.id === selectedId}
            onSelect={() => onSelect(incident)}
          />
        </li>
      ))}
    </ul>
  );
}
