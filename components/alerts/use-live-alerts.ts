"use client";

import { useQuery } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import { useTRPC } from "@/lib/trpc/client";
import type { AlertRow } from "./alert-types";

/**
 * Streams every alert change after the current seq to `onAlerts`, once `ready` (the lists it
 * patches have loaded). On a reconnect the SSE link resumes from the last frame by itself.
 */
export function useLiveAlerts({ ready, onAlerts }: { ready: boolean; onAlerts: (rows: AlertRow[]) => void }) {
  const trpc = useTRPC();
  // Read once: a refetch would restart the stream for nothing.
  const cursor = useQuery({ ...trpc.live.cursor.queryOptions(), enabled: ready, staleTime: Infinity });
  return useSubscription(
    trpc.live.onChange.subscriptionOptions(
      { topics: ["alerts"], lastEventId: cursor.data },
      {
        enabled: cursor.data !== undefined,
        onData({ data: { changes } }) {
          const rows = changes.flatMap((c) => (c.topic === "alerts" ? [c.row] : []));
          if (rows.length) onAlerts(rows);
        },
      },
    ),
  ).status;
}
