"use client";

import { useQuery } from "@tanstack/react-query";
import { ErrorNote } from "@/components/admin/error-note";
import { PriorityBadge } from "@/components/incidents/priority-badge";
import { formatPlaceName } from "@/components/map/place-name";
import { Button } from "@/components/ui/button";
import type { ResponseTargets } from "@/lib/domain/dispatch";
import { INCIDENT_STATUS_LABELS, INCIDENT_TYPE_LABELS } from "@/lib/domain/incidents";
import { useTRPC } from "@/lib/trpc/client";
import type { RefObject } from "react";
import { AssignedUnits } from "./assigned-units";
import type { UnitRow } from "./dispatch-queries";
import { DivertUnit } from "./divert-unit";
import { DuplicateNotice } from "./duplicate-notice";
import { IncidentTimers } from "./incident-timers";
import { NoteForm } from "./note-form";
import { RecommendationList } from "./recommendation-list";
import { SourceLink } from "./source-link";
import { TimelineActions } from "./timeline-actions";
import { TimelineList } from "./timeline-list";
import type { IncidentActions } from "./use-incident-actions";

interface IncidentPanelProps {
  actions: IncidentActions;
  units: readonly UnitRow[];
  wardNames: ReadonlyMap<string, string>;
  targets: ResponseTargets;
  now: Date;
  focusRequest: number;
  noteRef: RefObject<HTMLInputElement | null>;
  onEdit: () => void;
  onSelectIncident: (id: string) => void;
}

/** One incident, worked from top to bottom: what and where, how long, which units, what happened. */
export function IncidentPanel({ actions, units, wardNames, targets, now, focusRequest, noteRef, onEdit, onSelectIncident }: IncidentPanelProps) {
  const trpc = useTRPC();
  const { incident, recommendation, timeline } = actions;
  const incoming = incident?.status === "new";
  const duplicates = useQuery({
    ...trpc.dispatch.findDuplicates.queryOptions({ type: incident?.type ?? "other", lon: incident?.lon ?? 0, lat: incident?.lat ?? 0, excludeId: incident?.id }),
    enabled: incoming,
  });
  if (!incident) return <p className="text-muted-foreground p-4 text-sm">Loading the incident…</p>;
  const unitsById = new Map(units.map((unit) => [unit.id, unit]));
  const assigned = units.filter((unit) => unit.incidentId === incident.id);
  const finished = incident.status === "cleared" || incident.status === "closed";
  const wardName = incident.wardCode ? wardNames.get(incident.wardCode) : undefined;

  return (
    <article aria-label={`Incident: ${incident.title}`} className="flex flex-col gap-4 p-4">
      <header className="flex flex-col gap-1">
        <p className="flex items-center gap-2 text-sm">
          <PriorityBadge priority={incident.priority} />
          <span className="font-medium">{INCIDENT_TYPE_LABELS[incident.type]}</span>
          <span className="bg-secondary rounded px-1.5 text-xs">{INCIDENT_STATUS_LABELS[incident.status]}</span>
        </p>
        <h2 className="text-lg leading-tight font-semibold">{incident.title}</h2>
        <p className="text-muted-foreground text-xs">
          {[incident.address, wardName && `${formatPlaceName(wardName)} ward`].filter(Boolean).join(" · ") || `${incident.lat.toFixed(5)}, ${incident.lon.toFixed(5)}`}
          {(incident.callerName || incident.callerPhone) && ` · caller ${[incident.callerName, incident.callerPhone].filter(Boolean).join(", ")}`}
        </p>
        {incident.description && <p className="text-sm">{incident.description}</p>}
        <p className="text-muted-foreground text-xs">
          Source: <SourceLink source={incident.source} sourceRef={incident.sourceRef} origin={timeline?.origin} />
        </p>
        <IncidentTimers incident={incident} targets={targets} now={now} />
      </header>

      {incoming && duplicates.data && duplicates.data.length > 0 && (
        <DuplicateNotice duplicates={duplicates.data} caller={{ callerName: "", callerPhone: "", description: "" }} mergingIncidentId={incident.id} onLinked={onSelectIncident} />
      )}
      <ErrorNote error={actions.problem ? { message: actions.problem } : null} />
      {!finished && recommendation && (
        <RecommendationList recommendation={recommendation} unitsById={unitsById} onAssign={actions.assign} assigning={actions.assigning} focusRequest={focusRequest} />
      )}
      {!finished && !recommendation && <ErrorNote error={actions.recommendationError} />}
      {!finished && recommendation && (
        <DivertUnit incidentId={incident.id} unitTypes={recommendation.needs.map((need) => need.unitType)} units={units} onDivert={actions.divert} busy={actions.busy} />
      )}
      <AssignedUnits units={assigned} etas={new Map(recommendation?.onTheWay.map((u) => [u.unitId, u.etaS]))} onStatus={actions.setUnitStatus} busy={actions.busy} />

      <div className="flex flex-wrap gap-2">
        {!finished && (
          <Button type="button" variant="outline" size="sm" onClick={onEdit}>
            Edit details <kbd className="text-[10px] opacity-70">E</kbd>
          </Button>
        )}
        {!finished && (
          <Button type="button" variant="outline" size="sm" disabled={actions.busy} onClick={() => actions.setStatus("cleared")}>
            Clear incident <kbd className="text-[10px] opacity-70">C</kbd>
          </Button>
        )}
        {incident.status === "cleared" && (
          <Button type="button" variant="outline" size="sm" disabled={actions.busy} onClick={() => actions.setStatus("closed")}>
            Close incident <kbd className="text-[10px] opacity-70">X</kbd>
          </Button>
        )}
      </div>

      <section aria-label="Incident timeline" className="flex flex-col gap-2">
        <div className="flex items-center gap-2">
          <h3 className="text-sm font-semibold">Timeline</h3>
          {timeline && <TimelineActions timeline={timeline} />}
        </div>
        {incident.status !== "closed" && <NoteForm onAdd={actions.addNote} inputRef={noteRef} />}
        {timeline && <TimelineList events={timeline.events} />}
      </section>
    </article>
  );
}
