"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { INCIDENT_STATUS_LABELS, INCIDENT_TYPE_LABELS } from "@/lib/domain/incidents";
import { useTRPC } from "@/lib/trpc/client";
import { SourceLink } from "./source-link";
import { TimelineActions } from "./timeline-actions";
import { TimelineList } from "./timeline-list";

const WHEN = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium" });

/** The record of an incident for the file: what, where, when each step happened, every entry. */
export function PrintableTimeline({ incidentId, print }: { incidentId: string; print: boolean }) {
  const trpc = useTRPC();
  const timeline = useQuery(trpc.incidents.timeline.queryOptions({ id: incidentId }));
  const loaded = timeline.isSuccess;
  useEffect(() => {
    if (print && loaded) window.print();
  }, [print, loaded]);

  if (timeline.isError) return <p role="alert" className="p-6">{timeline.error.message}</p>;
  if (!timeline.data) return <p className="p-6">Loading the timeline…</p>;
  const { incident, events, origin } = timeline.data;
  const steps = [
    ["Call", incident.reportedAt],
    ["Dispatched", incident.dispatchedAt],
    ["En route", incident.enRouteAt],
    ["On scene", incident.onSceneAt],
    ["Transporting", incident.transportingAt],
    ["Cleared", incident.clearedAt],
    ["Closed", incident.closedAt],
  ] as const;
  return (
    <main className="mx-auto max-w-3xl p-8 print:max-w-none print:bg-white print:p-0 print:text-black">
      <header className="mb-6 flex items-start gap-4">
        <div className="flex-1">
          <p className="text-muted-foreground text-sm print:text-gray-600">
            Incident {incident.id} · P{incident.priority} {INCIDENT_TYPE_LABELS[incident.type]} · {INCIDENT_STATUS_LABELS[incident.status]}
          </p>
          <h1 className="text-2xl font-semibold">{incident.title}</h1>
          <p className="text-sm">
            {incident.address ?? `${incident.lat.toFixed(5)}, ${incident.lon.toFixed(5)}`} · Source: <SourceLink source={incident.source} sourceRef={incident.sourceRef} origin={origin} />
          </p>
        </div>
        <TimelineActions timeline={timeline.data} />
      </header>
      <dl className="mb-6 grid grid-cols-[8rem_1fr] gap-x-4 gap-y-1 text-sm">
        {steps.map(([label, at]) => (
          <div key={label} className="contents">
            <dt className="text-muted-foreground print:text-gray-600">{label}</dt>
            <dd>{at ? WHEN.format(at) : "–"}</dd>
          </div>
        ))}
      </dl>
      <h2 className="mb-2 text-lg font-semibold">Timeline</h2>
      <TimelineList events={events} />
    </main>
  );
}
