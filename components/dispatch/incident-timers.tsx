import { cn } from "@/components/ui/cn";
import { incidentTimers, type ResponseTargets } from "@/lib/domain/dispatch";
import { formatDuration } from "./format-duration";

interface TimedIncident {
  priority: number;
  status: string;
  reportedAt: Date;
  dispatchedAt: Date | null;
  onSceneAt: Date | null;
}

/**
 * Since call and since dispatch, and the target the incident is measured against right now:
 * dispatch until a unit is sent, arrival until one is on scene. A breached target turns red.
 */
export function IncidentTimers({ incident, targets, now, compact = false }: { incident: TimedIncident; targets: ResponseTargets; now: Date; compact?: boolean }) {
  const timers = incidentTimers(incident, targets, now);
  const finished = incident.status === "cleared" || incident.status === "closed";
  const watching = finished ? null : !incident.dispatchedAt ? "dispatch" : !incident.onSceneAt ? "arrival" : null;
  const over = watching === "dispatch" ? timers.dispatchOverS : watching === "arrival" ? timers.arrivalOverS : -1;
  const target = targets[incident.priority as 1 | 2 | 3 | 4];
  return (
    <span className={cn("flex flex-wrap items-center gap-x-3 gap-y-0.5 text-xs tabular-nums", compact && "gap-x-2")}>
      <span title="Time since the call was answered">
        <span className="text-muted-foreground">Call </span>
        {formatDuration(timers.sinceCallS)}
      </span>
      {timers.sinceDispatchS !== null && (
        <span title="Time since the first unit was dispatched">
          <span className="text-muted-foreground">Disp </span>
          {formatDuration(timers.sinceDispatchS)}
        </span>
      )}
      {watching && (
        <span
          className={cn("rounded px-1 font-semibold", over > 0 ? "bg-red-600 text-white" : "text-muted-foreground")}
          title={`P${incident.priority} target: dispatch within ${formatDuration(target.dispatchS)}, first unit on scene within ${formatDuration(target.arrivalS)}`}
        >
          {over > 0
            ? `${watching === "dispatch" ? "Dispatch" : "Arrival"} overdue +${formatDuration(over)}`
            : `${watching === "dispatch" ? "Dispatch" : "Arrive"} in ${formatDuration(-over)}`}
        </span>
      )}
    </span>
  );
}
