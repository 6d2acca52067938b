"use client";

import { Siren, X } from "lucide-react";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { INCIDENT_TYPE_LABELS, type IncidentType } from "@/lib/domain/incidents";

/** public/sounds/p1-alert.wav: two-tone (988/1319 Hz) made with `sox -n ... synth sine` (no recording, no licence). */
const ALERT_SOUND = "/sounds/p1-alert.wav";

export interface AlertableIncident {
  id: string;
  type: IncidentType;
  priority: number;
  status: string;
  title: string;
}

interface NewP1AlertProps<T extends AlertableIncident> {
  /** The active incidents as the page keeps them live; undefined until they have loaded. */
  incidents: readonly T[] | undefined;
  /** "Open" on the pop-up: show the incident (select it, fly to it). */
  onOpen?: (incident: T) => void;
  /** The incident this console already shows (the call its dispatcher just logged): no pop-up for it. */
  exceptId?: string | null;
}

/**
 * A pop-up and a sound for every P1 call that arrives while the page is open, on every console
 * that mounts it (dispatch consoles and the operating picture). The incidents already active
 * when the list first loads are the baseline, so opening a page never sounds an alarm.
 */
export function NewP1Alert<T extends AlertableIncident>({ incidents, ...props }: NewP1AlertProps<T>) {
  if (!incidents) return null;
  return <AlertsSinceMount incidents={incidents} {...props} />;
}

function AlertsSinceMount<T extends AlertableIncident>({ incidents, onOpen, exceptId }: NewP1AlertProps<T> & { incidents: readonly T[] }) {
  // Mounted once the list has loaded: what it held then is not news.
  const [known] = useState(() => new Set(incidents.map((incident) => incident.id)));
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const alerts = incidents.filter(
    (incident) => incident.priority === 1 && incident.status === "new" && !known.has(incident.id) && !dismissed.has(incident.id) && incident.id !== exceptId,
  );
  const newest = alerts[0]?.id;

  useEffect(() => {
    // Browsers refuse sound before the user has interacted with the page; the pop-up still shows.
    if (newest) void new Audio(ALERT_SOUND).play().catch(() => {});
  }, [newest]);

  if (alerts.length === 0) return null;
  const dismiss = (id: string) => setDismissed((current) => new Set([...current, id]));
  return (
    <div className="fixed top-14 left-1/2 z-50 flex w-[28rem] -translate-x-1/2 flex-col gap-2 print:hidden">
      {alerts.map((incident) => (
        <section
          key={incident.id}
          role="alertdialog"
          aria-label={`New P1 call: ${incident.title}`}
          className="flex items-start gap-3 rounded-lg border border-red-400 bg-red-700 p-3 text-white shadow-2xl"
        >
          <Siren aria-hidden className="mt-0.5 size-6 shrink-0 animate-pulse" />
          <div className="min-w-0 flex-1">
            <p className="text-sm font-semibold">New P1 · {INCIDENT_TYPE_LABELS[incident.type]}</p>
            <p className="truncate text-sm">{incident.title}</p>
          </div>
          {onOpen && (
            <Button
              size="sm"
              variant="secondary"
              onClick={() => {
                dismiss(incident.id);
                onOpen(incident);
              }}
            >
              Open
            </Button>
          )}
          <Button size="sm" variant="ghost" className="text-white hover:bg-red-800" aria-label="Dismiss" onClick={() => dismiss(incident.id)}>
            <X aria-hidden className="size-4" />
          </Button>
        </section>
      ))}
    </div>
  );
}
