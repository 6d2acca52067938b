"use client";

import { useState, type ReactNode } from "react";
import { useNow } from "@/components/incidents/use-now";
import { ALERT_SUBJECT_KIND_LABELS } from "@/lib/domain/alerts";
import { AlertCard } from "./alert-card";
import { AlertFiltersBar } from "./alert-filters";
import type { AlertFilters, Viewer } from "./alert-types";
import type { InboxFocus } from "./inbox-focus";
import { InboxFocusBanner } from "./inbox-focus-banner";
import { LiveIndicator } from "./live-indicator";
import { MuteSettings } from "./mute-settings";
import { useAlertInbox } from "./use-alert-inbox";

/** What needs attention: everything not yet resolved, unless the filters say otherwise. */
const DEFAULT_FILTERS: AlertFilters = { status: ["open", "acknowledged"] };

/** The whole inbox under the operator's filters, or, from a link, just the alerts the link is about. */
export function AlertInbox({ viewer, focus }: { viewer: Viewer; focus: InboxFocus }) {
  return (
    <div className="flex flex-col gap-4">
      {focus.kind === "all" ? (
        <FilteredInbox viewer={viewer} />
      ) : focus.kind === "invalid" ? (
        <>
          <h1 className="text-2xl font-semibold">Alerts</h1>
          <InboxFocusBanner focus={focus} />
        </>
      ) : (
        <AlertList
          viewer={viewer}
          // A subject's history matters, and a linked alert may be resolved by now: no status filter.
          filters={focus.kind === "subject" ? { subject: focus.subject } : { id: focus.id }}
          above={<InboxFocusBanner focus={focus} />}
          empty={
            focus.kind === "subject"
              ? `No alerts about this ${ALERT_SUBJECT_KIND_LABELS[focus.subject.kind]}, or none shared with your agency.`
              : "This alert does not exist or is not shared with your agency."
          }
        />
      )}
      {viewer.kind === "user" && (
        <details className="bg-card rounded-md border p-3">
          <summary className="cursor-pointer text-sm font-medium">Mute categories for myself</summary>
          <div className="mt-3"><MuteSettings /></div>
        </details>
      )}
    </div>
  );
}

function FilteredInbox({ viewer }: { viewer: Viewer }) {
  const [filters, setFilters] = useState<AlertFilters>(DEFAULT_FILTERS);
  return <AlertList viewer={viewer} filters={filters} above={<AlertFiltersBar filters={filters} onChange={setFilters} />} empty="No alerts match these filters." />;
}

/** The heading, the live list for `filters`, and what `above` puts between them. */
function AlertList({ viewer, filters, above, empty }: { viewer: Viewer; filters: AlertFilters; above: ReactNode; empty: string }) {
  const { list, liveStatus } = useAlertInbox(filters);
  const now = useNow();
  const alerts = list.data?.items ?? [];
  return (
    <>
      <div className="flex items-center gap-4">
        <h1 className="text-2xl font-semibold">Alerts</h1>
        <LiveIndicator status={liveStatus} />
        <span className="text-muted-foreground ml-auto text-sm" aria-live="polite">
          {list.isSuccess ? `${alerts.length}${list.data.nextCursor ? "+" : ""} shown` : "Loading…"}
        </span>
      </div>
      {above}
      <section aria-label="Alert list" className="flex flex-col gap-2">
        {list.isError && <p role="alert">The alerts could not be loaded; reload the page to try again.</p>}
        {list.isSuccess && alerts.length === 0 && <p className="text-muted-foreground">{empty}</p>}
        {alerts.map((alert) => (
          <AlertCard key={alert.id} alert={alert} viewer={viewer} now={now} />
        ))}
      </section>
    </>
  );
}
