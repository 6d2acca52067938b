"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorNote } from "@/components/admin/error-note";
import { Button } from "@/components/ui/button";
import { useTRPC } from "@/lib/trpc/client";
import { AlertActionForm } from "./alert-action-form";
import type { AlertRow, Viewer } from "./alert-types";
import { mayAct } from "./alert-permissions";

/**
 * Acknowledge (operator+), resolve (operator+) and escalate (dispatcher+), offered only when the
 * viewer's agency owns the alert or is the command center. The live stream brings the result back.
 */
export function AlertActions({ alert, viewer }: { alert: AlertRow; viewer: Viewer }) {
  const trpc = useTRPC();
  const [open, setOpen] = useState<"acknowledge" | "resolve" | null>(null);
  const close = { onSuccess: () => setOpen(null) };
  const acknowledge = useMutation(trpc.alerts.acknowledge.mutationOptions(close));
  const resolve = useMutation(trpc.alerts.resolve.mutationOptions(close));
  const escalate = useMutation(trpc.alerts.escalate.mutationOptions());
  const may = mayAct(viewer, alert);
  if (!may.acknowledge && !may.resolve && !may.escalate) return null;
  return (
    <div className="flex flex-col gap-2">
      {open === "acknowledge" && (
        <AlertActionForm name="Acknowledge" label="What are you doing about it?" submitLabel="Acknowledge" pending={acknowledge.isPending} onCancel={() => setOpen(null)} onSubmit={(comment) => acknowledge.mutate({ id: alert.id, comment })} />
      )}
      {open === "resolve" && (
        <AlertActionForm name="Resolve" label="Why is it resolved?" submitLabel="Resolve" pending={resolve.isPending} onCancel={() => setOpen(null)} onSubmit={(reason) => resolve.mutate({ id: alert.id, reason })} />
      )}
      {open === null && (
        <div className="flex flex-wrap gap-2">
          {may.acknowledge && <Button size="sm" onClick={() => setOpen("acknowledge")}>Acknowledge</Button>}
          {may.escalate && (
            <Button size="sm" variant="secondary" disabled={escalate.isPending} onClick={() => escalate.mutate({ id: alert.id })}>Escalate to incident</Button>
          )}
          {may.resolve && <Button size="sm" variant="outline" onClick={() => setOpen("resolve")}>Resolve</Button>}
        </div>
      )}
      {escalate.data && <p role="status" className="text-sm">Incident created: {escalate.data.incident.title} (P{escalate.data.incident.priority}).</p>}
      <ErrorNote error={acknowledge.error ?? resolve.error ?? escalate.error} />
    </div>
  );
}
