"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import type { InterruptKind } from "@/lib/domain/wallboard";
import { useTRPC } from "@/lib/trpc/client";

/**
 * For a dispatcher console: releases the walls a P1 incident (or an extreme alert) has taken
 * over. Dispatcher role or higher, in the agency that owns it; the server refuses anyone else
 * and records who acknowledged.
 */
export function AcknowledgeInterruptButton({ kind, id }: { kind: InterruptKind; id: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const acknowledge = useMutation(
    trpc.wallboard.acknowledgeInterrupt.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.wallboard.interrupts.queryKey() }) }),
  );
  const done = acknowledge.isSuccess || acknowledge.error?.data?.code === "CONFLICT";
  return (
    <span className="inline-flex items-center gap-2">
      <Button type="button" size="sm" variant="outline" disabled={acknowledge.isPending || done} onClick={() => acknowledge.mutate({ kind, id })}>
        {done ? "Acknowledged on the wall" : "Acknowledge on the wall"}
      </Button>
      {acknowledge.error && (
        <span role={done ? "status" : "alert"} className="text-muted-foreground text-xs">
          {acknowledge.error.message}
        </span>
      )}
    </span>
  );
}
