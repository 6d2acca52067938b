"use client";

import { useMutation } from "@tanstack/react-query";
import { ErrorNote } from "@/components/admin/error-note";
import { formatAgo } from "@/components/incidents/format-age";
import { useNow } from "@/components/incidents/use-now";
import { Button } from "@/components/ui/button";
import { INCIDENT_STATUS_LABELS } from "@/lib/domain/incidents";
import { useTRPC } from "@/lib/trpc/client";
import type { RouterOutputs } from "@/lib/trpc/router-types";

type Duplicate = RouterOutputs["dispatch"]["findDuplicates"][number];

interface DuplicateNoticeProps {
  duplicates: readonly Duplicate[];
  caller: { callerName: string; callerPhone: string; description: string };
  /** An incoming call being confirmed: linking merges it into the duplicate. */
  mergingIncidentId?: string;
  onLinked: (incidentId: string) => void;
}

/** "This may already be logged": open incidents of the same type within 300 m and 30 minutes, to link the call to. */
export function DuplicateNotice({ duplicates, caller, mergingIncidentId, onLinked }: DuplicateNoticeProps) {
  const trpc = useTRPC();
  const now = useNow(15_000);
  const link = useMutation(trpc.incidents.linkCall.mutationOptions({ onSuccess: (_result, input) => onLinked(input.id) }));
  return (
    <section aria-label="Possible duplicates" className="rounded-md border border-amber-400/50 bg-amber-400/10 p-3 text-sm">
      <h3 className="font-semibold text-amber-200">Possibly already logged</h3>
      <ul className="mt-1 space-y-2">
        {duplicates.map(({ incident, distanceM }) => (
          <li key={incident.id} className="flex items-center gap-2">
            <span className="min-w-0 flex-1">
              <span className="block truncate">{incident.title}</span>
              <span className="text-muted-foreground text-xs">
                {distanceM} m away · {formatAgo(incident.reportedAt, now)} · {INCIDENT_STATUS_LABELS[incident.status]}
              </span>
            </span>
            <Button
              type="button"
              size="sm"
              variant="secondary"
              disabled={link.isPending}
              onClick={() => link.mutate({ id: incident.id, fromIncidentId: mergingIncidentId, ...caller })}
            >
              Link call
            </Button>
          </li>
        ))}
      </ul>
      <ErrorNote error={link.error} />
    </section>
  );
}
