"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import { useTRPC } from "@/lib/trpc/client";
import { mergeActiveIncidents, mergeRows } from "./live-cache-patches";
import { operatingQueries } from "./operating-queries";

/**
 * Keeps the operating picture's lists live: once they have loaded, read the current seq, then
 * stream every change after it and patch the TanStack Query cache in place (no second store).
 * On a reconnect the SSE link resumes from the last frame's seq by itself.
 */
export function useLiveChanges({ listsLoaded }: { listsLoaded: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const queries = operatingQueries(trpc);
  // Read once: a refetch would restart the stream for nothing.
  const cursor = useQuery({ ...trpc.live.cursor.queryOptions(), enabled: listsLoaded, staleTime: Infinity });
  const subscription = useSubscription(
    trpc.live.onChange.subscriptionOptions(
      { topics: ["incidents", "units", "sensors"], lastEventId: cursor.data },
      {
        enabled: cursor.data !== undefined,
        onData({ data: { changes } }) {
          const incidents = changes.flatMap((c) => (c.topic === "incidents" ? [c.row] : []));
          const units = changes.flatMap((c) => (c.topic === "units" ? [c.row] : []));
          const sensors = changes.flatMap((c) => (c.topic === "sensors" ? [c.row] : []));
          // One cache write per list and frame, however many rows the frame carries.
          if (incidents.length) queryClient.setQueryData(queries.activeIncidents.queryKey, (page) => page && mergeActiveIncidents(page, incidents));
          if (units.length) queryClient.setQueryData(queries.units.queryKey, (rows) => rows && mergeRows(rows, units));
          if (sensors.length) queryClient.setQueryData(queries.sensors.queryKey, (rows) => rows && mergeRows(rows, sensors));
        },
      },
    ),
  );
  return subscription.status;
}
