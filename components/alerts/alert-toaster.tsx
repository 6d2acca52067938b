"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useCallback, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { INTERRUPTING_SEVERITIES, isMoreSevere, type AlertSeverity } from "@/lib/domain/alerts";
import { useTRPC } from "@/lib/trpc/client";
import { alertsToAnnounce } from "./alert-toasts";
import { inboxPath } from "./inbox-focus";
import type { AlertRow } from "./alert-types";
import { SeverityBadge } from "./severity-badge";
import { useAlertSound } from "./use-alert-sound";
import { useLiveAlerts } from "./use-live-alerts";

const SHOWN_MS = 20_000;
const MAX_TOASTS = 4;

/**
 * Mount once on every console page: a toast and a sound when a severe or extreme alert opens (or
 * an open one gets worse) anywhere the viewer may see, unless they muted its category.
 */
export function AlertToaster() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const mutes = useQuery(trpc.alerts.mutes.queryOptions());
  // What is already open when the page loads is not news.
  const open = useQuery({ ...trpc.alerts.list.queryOptions({ status: ["open", "acknowledged"], severity: [...INTERRUPTING_SEVERITIES], limit: 500 }), staleTime: Infinity });
  const known = useRef<Map<string, AlertSeverity> | null>(null);
  // Seeded once, before the stream starts; the inbox patches the same cached list with live rows later.
  useEffect(() => {
    if (open.data && !known.current) known.current = new Map(open.data.items.map((a) => [a.id, a.severity]));
  }, [open.data]);
  const [toasts, setToasts] = useState<AlertRow[]>([]);
  const playSound = useAlertSound();

  useLiveAlerts({
    ready: mutes.isSuccess && open.isSuccess,
    onAlerts(rows) {
      known.current ??= new Map();
      const fresh = alertsToAnnounce(rows, known.current, queryClient.getQueryData(trpc.alerts.mutes.queryKey()) ?? []);
      if (fresh.length === 0) return;
      setToasts((shown) => [...fresh, ...shown.filter((t) => !fresh.some((f) => f.id === t.id))].slice(0, MAX_TOASTS));
      playSound(fresh.reduce((worst, a) => (isMoreSevere(a.severity, worst) ? a.severity : worst), fresh[0]!.severity));
    },
  });

  // Stable, so each toast's timer runs from when it appeared, not from the last render.
  const dismiss = useCallback((id: string) => setToasts((shown) => shown.filter((t) => t.id !== id)), []);
  return (
    <section aria-label="Alert notifications" className="pointer-events-none fixed right-4 bottom-4 z-50 flex w-96 flex-col gap-2">
      {toasts.map((alert) => (
        <AlertToast key={`${alert.id}-${alert.severity}`} alert={alert} onDismiss={dismiss} />
      ))}
    </section>
  );
}

function AlertToast({ alert, onDismiss }: { alert: AlertRow; onDismiss: (id: string) => void }) {
  useEffect(() => {
    const timer = setTimeout(() => onDismiss(alert.id), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [alert.id, onDismiss]);
  return (
    <div role="alert" className="bg-card pointer-events-auto flex flex-col gap-1 rounded-md border border-red-500/60 p-3 shadow-lg">
      <div className="flex items-center gap-2">
        <SeverityBadge severity={alert.severity} />
        <span className="font-semibold">{alert.title}</span>
      </div>
      {alert.description && <p className="text-sm">{alert.description}</p>}
      <div className="flex items-center gap-2">
        <Link href={inboxPath({ kind: "alert", id: alert.id })} className="text-primary text-sm underline">Open this alert</Link>
        <Button size="sm" variant="ghost" className="ml-auto" onClick={() => onDismiss(alert.id)} aria-label={`Dismiss: ${alert.title}`}>Dismiss</Button>
      </div>
    </div>
  );
}
