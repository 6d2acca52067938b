"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { useTRPC } from "@/lib/trpc/client";
import { ErrorNote } from "./error-note";

/** Operator training: start a named scenario; the simulator plays it through the real feeds. */
export function DrillsPanel() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const drills = useQuery({ ...trpc.drills.list.queryOptions(), refetchInterval: 10_000 });
  const start = useMutation(trpc.drills.start.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.drills.list.queryKey() }) }));
  return (
    <section aria-labelledby="drills-heading" className="flex flex-col gap-4">
      <h2 id="drills-heading" className="text-lg font-semibold">Training drills</h2>
      {drills.data && !drills.data.available && <p className="text-muted-foreground text-sm">{drills.data.reason}</p>}
      <ErrorNote error={start.error} />
      <ul className="flex flex-col gap-3">
        {drills.data?.drills.map((drill) => (
          <li key={drill.name} className="flex items-start justify-between gap-4 rounded-md border p-4">
            <div>
              <p className="font-medium">{drill.title}</p>
              <p className="text-muted-foreground text-sm">{drill.description} ({drill.durationMin} min)</p>
            </div>
            <Button onClick={() => start.mutate({ name: drill.name })} disabled={drill.running || start.isPending}>
              {drill.running ? "Running" : "Start drill"}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
