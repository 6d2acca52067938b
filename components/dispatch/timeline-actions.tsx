"use client";

import { Button } from "@/components/ui/button";
import type { Timeline } from "./dispatch-queries";
import { download, timelineCsv, timelineJson } from "./timeline-export";

export const printTimelinePath = (incidentId: string) => `/dispatch/incidents/${incidentId}/timeline?print=1`;

/** Print the timeline (its own page, print-styled) or download it as JSON or CSV. */
export function TimelineActions({ timeline }: { timeline: Timeline }) {
  const base = `incident-${timeline.incident.id.slice(0, 8)}-timeline`;
  return (
    <span className="ml-auto flex gap-1 print:hidden">
      <a href={printTimelinePath(timeline.incident.id)} target="_blank" rel="noreferrer" className="hover:bg-secondary inline-flex h-8 items-center gap-2 rounded-md px-3 text-xs font-medium">
        Print <kbd className="text-[10px] opacity-70">P</kbd>
      </a>
      <Button type="button" size="sm" variant="ghost" onClick={() => download(`${base}.json`, timelineJson(timeline), "application/json")}>
        JSON
      </Button>
      <Button type="button" size="sm" variant="ghost" onClick={() => download(`${base}.csv`, timelineCsv(timeline), "text/csv")}>
        CSV
      </Button>
    </span>
  );
}
