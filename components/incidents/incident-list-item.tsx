import { INCIDENT_TYPE_LABELS, type IncidentType } from "@/lib/domain/incidents";
import { cn } from "@/components/ui/cn";
import { formatAge } from "./format-age";
import { PriorityBadge } from "./priority-badge";

export interface IncidentSummary {
  id: string;
  type: IncidentType;
  priority: number;
  title: string;
  address: string | null;
  wardCode: string | null;
  reportedAt: Date;
}

interface IncidentListItemProps {
  incident: IncidentSummary;
  wardName: string | undefined;
  now: Date;
  selected: boolean;
  onSelect: () => void;
}

/** One active incident: what, how urgent, where, how long ago. Pressing it shows it on the map. */
export function IncidentListItem({ incident, wardName, now, selected, onSelect }: IncidentListItemProps) {
  const place = [incident.address, wardName].filter(Boolean).join(" · ") || "Location being confirmed";
  return (
    <button
      type="button"
      onClick={onSelect}
      aria-pressed={selected}
      className={cn(
        "hover:bg-muted focus-visible:ring-ring w-full rounded-md px-3 py-2 text-left outline-none focus-visible:ring-2",
        selected && "bg-muted",
      )}
    >
      <span className="flex items-center gap-2">
        <PriorityBadge priority={incident.priority} />
        <span className="truncate font-medium">{INCIDENT_TYPE_LABELS[incident.type]}</span>
        <time dateTime={incident.reportedAt.toISOString()} className="text-muted-foreground ml-auto shrink-0 text-xs tabular-nums">
          {formatAge(incident.reportedAt, now)}
        </time>
      </span>
      <span className="mt-0.5 block truncate text-sm">{incident.title}</span>
      <span className="text-muted-foreground block truncate text-xs">{place}</span>
    </button>
  );
}
