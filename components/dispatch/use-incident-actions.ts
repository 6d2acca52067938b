"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { UnitStatus } from "@/lib/domain/units";
import { useTRPC } from "@/lib/trpc/client";
import type { Candidate, IncidentRow, UnitRow } from "./dispatch-queries";

const CONFIRM = {
  cleared: "Clear this incident? Every unit still on it becomes available.",
  closed: "Close this incident? A closed incident cannot be changed.",
};

/** Recommendations go stale as units move; refreshed this often even when nothing else changed. */
const RECOMMENDATION_REFRESH_MS = 20_000;

/**
 * Everything a dispatcher can do to the incident on screen, for the panel's buttons and the
 * keyboard alike: its timeline, the recommended units, assigning (one, or every recommended
 * one), unit statuses, clearing, closing and notes. A refused action leaves its message in
 * `problem` (the server's words: "Unit AMB-03 was just assigned to another incident by …").
 */
export function useIncidentActions(incidentId: string | null, listed: IncidentRow | undefined) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<string | null>(null);
  const timelineOptions = trpc.incidents.timeline.queryOptions({ id: incidentId ?? "" });
  const timeline = useQuery({ ...timelineOptions, enabled: incidentId !== null });
  const incident = listed ?? timeline.data?.incident;
  const open = incident !== undefined && incident.status !== "cleared" && incident.status !== "closed";
  const recommendOptions = trpc.dispatch.recommend.queryOptions({ incidentId: incidentId ?? "" });
  const recommendation = useQuery({ ...recommendOptions, enabled: open, refetchInterval: RECOMMENDATION_REFRESH_MS });

  // Every change to the incident (its row's seq moves, notes and assignments included) refreshes both.
  const seq = incident?.seq;
  useEffect(() => {
    if (seq === undefined) return;
    void queryClient.invalidateQueries({ queryKey: timelineOptions.queryKey });
    void queryClient.invalidateQueries({ queryKey: recommendOptions.queryKey });
  }, [seq, queryClient, timelineOptions.queryKey, recommendOptions.queryKey]);

  const onError = (error: { message: string }) => setProblem(error.message);
  const onSuccess = () => setProblem(null);
  const assignment = useMutation(trpc.incidents.assignUnit.mutationOptions({ onError, onSuccess }));
  const unitStatus = useMutation(trpc.units.setStatus.mutationOptions({ onError, onSuccess }));
  const incidentStatus = useMutation(trpc.incidents.setStatus.mutationOptions({ onError, onSuccess }));
  const note = useMutation(trpc.incidents.addNote.mutationOptions({ onError, onSuccess }));
  const reassignment = useMutation(trpc.units.reassign.mutationOptions({ onError, onSuccess }));

  const candidates = recommendation.data?.candidates ?? [];
  const assign = async (candidate: Candidate) => {
    if (!incidentId) return;
    const recommended = candidates.find((c) => c.unitType === candidate.unitType && c.recommended)?.unitId ?? null;
    try {
      await assignment.mutateAsync({ incidentId, unitId: candidate.unitId, recommendedUnitId: recommended });
    } finally {
      // Taken or not, the list must now show what is true.
      void queryClient.invalidateQueries({ queryKey: recommendOptions.queryKey });
    }
  };

  return {
    incident,
    timeline: timeline.data,
    recommendation: recommendation.data,
    recommendationError: recommendation.error,
    problem,
    assigning: new Set(assignment.isPending && assignment.variables ? [assignment.variables.unitId] : []),
    busy: unitStatus.isPending || incidentStatus.isPending || reassignment.isPending,
    assign: (candidate: Candidate) => assign(candidate).catch(() => {}),
    /** Assigns every recommended unit, one after the other; stops at the first refusal (shown in `problem`). */
    assignRecommended: async () => {
      try {
        for (const candidate of candidates.filter((c) => c.recommended)) await assign(candidate);
      } catch {
        return;
      }
    },
    assignNumber: (n: number) => {
      const candidate = candidates[n - 1];
      if (candidate) void assign(candidate).catch(() => {});
    },
    setUnitStatus: (unit: UnitRow, status: Exclude<UnitStatus, "dispatched">) => unitStatus.mutate({ unitId: unit.id, version: unit.version, status }),
    divert: (unit: UnitRow) => incidentId && reassignment.mutate({ unitId: unit.id, version: unit.version, toIncidentId: incidentId }),
    /** Asks first: one stray key must not clear an incident (its units go available) or close it for good. */
    setStatus: (status: "cleared" | "closed") => {
      if (incident && window.confirm(CONFIRM[status])) incidentStatus.mutate({ id: incident.id, version: incident.version, status });
    },
    addNote: (text: string) => incidentId && note.mutateAsync({ id: incidentId, text }),
  };
}

export type IncidentActions = ReturnType<typeof useIncidentActions>;
