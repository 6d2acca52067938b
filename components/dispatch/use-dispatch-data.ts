"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import { mergeActiveIncidents, mergeRows, rowsOf } from "@/components/operating-picture/live-cache-patches";
import { useTRPC } from "@/lib/trpc/client";
import { dispatchQueries } from "./dispatch-queries";
import { useLiveHealth } from "./use-live-health";

/**
 * The console's incidents and units, kept live: read the stream's position first, then load the
 * lists, then stream every change after that position into the cached lists (merged by seq, so
 * a row both loaded and streamed is never applied backwards).
 */
export function useDispatchData() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const queries = dispatchQueries(trpc);
  const cursor = useQuery({ ...trpc.live.cursor.queryOptions(), staleTime: Infinity });
  const ready = cursor.data !== undefined;
  const incidents = useQuery({ ...queries.activeIncidents, enabled: ready });
  const units = useQuery({ ...queries.units, enabled: ready });
  const targets = useQuery(queries.targets);
  const { health, frameArrived, handlers } = useLiveHealth();
  useSubscription(
    trpc.live.onChange.subscriptionOptions(
      { topics: ["incidents", "units"], lastEventId: cursor.data },
      {
        enabled: ready && incidents.isSuccess && units.isSuccess,
        ...handlers,
        onData({ data: { changes } }) {
          frameArrived();
          const changedIncidents = rowsOf(changes, "incidents");
          const changedUnits = rowsOf(changes, "units");
          if (changedIncidents.length) queryClient.setQueryData(queries.activeIncidents.queryKey, (page) => page && mergeActiveIncidents(page, changedIncidents));
          if (changedUnits.length) queryClient.setQueryData(queries.units.queryKey, (list) => list && mergeRows(list, changedUnits));
        },
      },
    ),
  );
  return { incidents, units, targets, health };
}
