"use client";

import { useState } from "react";
import { useNow } from "@/components/incidents/use-now";
import { AlertCard } from "./alert-card";
import { AlertFiltersBar } from "./alert-filters";
import type { AlertFilters, Viewer } from "./alert-types";
import { LiveIndicator } from "./live-indicator";
import { MuteSettings } from "./mute-settings";
import { useAlertInbox } from "./use-alert-inbox";

/** What needs attention: everything not yet resolved, unless the filters say otherwise. */
const DEFAULT_FILTERS: AlertFilters = { status: ["open", "acknowledged"] };

export function AlertInbox({ viewer }: { viewer: Viewer }) {
  const [filters, setFilters] = useState<AlertFilters>(DEFAULT_FILTERS);
  const { list, liveStatus } = useAlertInbox(filters);
  const now = useNow();
  const alerts = list.data?.items ?? [];
  return (
    <div className="flex flex-col gap-4">
      <div className="flex items-center gap-4">
        <h1 className="text-2xl font-semibold">Alerts</h1>
        <LiveIndicator status={liveStatus} />
        <span className="text-muted-foreground ml-auto text-sm" aria-live="polite">
          {list.isSuccess ? `${alerts.length}${list.data.nextCursor ? "+" : ""} shown` : "Loading…"}
        </span>
      </div>
      <AlertFiltersBar filters={filters} onChange={setFilters} />
      <section aria-label="Alert list" className="flex flex-col gap-2">
        {list.isSuccess && alerts.length === 0 && <p className="text-muted-foreground">No alerts match these filters.</p>}
        {alerts.map((alert) => (
          <AlertCard key={alert.id} alert={alert} viewer={viewer} now={now} />
        ))}
      </section>
      {viewer.kind === "user" && (
        <details className="bg-card rounded-md border p-3">
          <summary className="cursor-pointer text-sm font-medium">Mute categories for myself</summary>
          <div className="mt-3"><MuteSettings /></div>
        </details>
      )}
    </div>
  );
}
