"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect } from "react";
import { describeEvent } from "@/components/dispatch/describe-event";
import { PriorityBadge } from "@/components/incidents/priority-badge";
import { INCIDENT_SOURCE_LABELS, INCIDENT_STATUS_LABELS, INCIDENT_TYPE_LABELS } from "@/lib/domain/incidents";
import { UNIT_STATUS_LABELS } from "@/lib/domain/units";
import { useTRPC } from "@/lib/trpc/client";
import type { IncidentRow, UnitRow } from "../operating-queries";
import type { Selection } from "../operating-view";
import { DetailList, DetailSection, When } from "./detail-list";

/** The latest steps are enough here; the dispatch console shows the whole timeline. */
const RECENT_EVENTS = 6;

interface IncidentDetailsProps {
  incident: IncidentRow;
  units: readonly UnitRow[];
  wardName: string | undefined;
  now: Date;
  onSelect: (selection: Selection) => void;
}

/** An incident's live state, the units on it, its latest timeline entries, and the way to its full record. */
export function IncidentDetails({ incident, units, wardName, now, onSelect }: IncidentDetailsProps) {
  const trpc = useTRPC();
  const timeline = useQuery({ ...trpc.incidents.timeline.queryOptions({ id: incident.id }), select: (t) => t.events.slice(-RECENT_EVENTS).reverse() });
  const { refetch } = timeline;
  // Every timeline entry touches the incident row (its seq moves), so the live row says when to re-read.
  useEffect(() => {
    // On mount this joins the first fetch instead of restarting it.
    void refetch({ cancelRefetch: false });
  }, [incident.seq, refetch]);
  const assigned = units.filter((unit) => unit.incidentId === incident.id);
  return (
    <div className="space-y-4">
      <DetailList
        rows={[
          ["Priority", <PriorityBadge key="p" priority={incident.priority} />],
          ["Type", INCIDENT_TYPE_LABELS[incident.type]],
          ["Status", INCIDENT_STATUS_LABELS[incident.status]],
          ["Where", [incident.address, wardName].filter(Boolean).join(" · ") || "Location being confirmed"],
          ["Reported", <When key="r" at={incident.reportedAt} now={now} />],
          ["Source", INCIDENT_SOURCE_LABELS[incident.source]],
        ]}
      />
      <DetailSection title="Units">
        {assigned.length === 0 ? (
          <p className="text-muted-foreground text-sm">None assigned yet.</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {assigned.map((unit) => (
              <li key={unit.id}>
                <button type="button" className="hover:underline" onClick={() => onSelect({ kind: "unit", id: unit.id })}>
                  {unit.callsign}
                </button>{" "}
                <span className="text-muted-foreground">{UNIT_STATUS_LABELS[unit.status]}</span>
              </li>
            ))}
          </ul>
        )}
      </DetailSection>
      <DetailSection title="Latest on the timeline">
        {timeline.isPending ? (
          <p className="text-muted-foreground text-sm">Loading…</p>
        ) : timeline.isError ? (
          <p className="text-sm text-red-300">The timeline could not be loaded.</p>
        ) : (
          <ol className="space-y-1 text-sm">
            {timeline.data.map((event) => (
              <li key={event.id} className="flex gap-2">
                <span className="text-muted-foreground w-12 shrink-0 tabular-nums">{event.at.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" })}</span>
                <span>
                  {describeEvent(event)} <span className="text-muted-foreground">· {event.actor}</span>
                </span>
              </li>
            ))}
          </ol>
        )}
      </DetailSection>
      <Link href={`/dispatch/incidents/${incident.id}/timeline`} className="text-primary inline-block text-sm hover:underline">
        Open the full timeline
      </Link>
    </div>
  );
}
