"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import { useLiveHealth } from "@/components/dispatch/use-live-health";
import type { VehicleStore } from "@/components/map/vehicle-store";
import { useTRPC } from "@/lib/trpc/client";
import { mergeActiveIncidents, mergeAlertAreas, mergeRows, rowsOf } from "./live-cache-patches";
import type { LiveHealth } from "./live-health";
import { operatingQueries } from "./operating-queries";

interface LiveChangesOptions {
  /** The seq read BEFORE the lists loaded: streaming from it can repeat a row the lists have (merged by seq), never skip one. */
  cursor: string | undefined;
  /** Frames patch the caches, so they must not arrive before the lists are there to patch. */
  listsLoaded: boolean;
  vehicles: VehicleStore;
}

/**
 * Keeps the operating picture live: streams every change after `cursor` and patches the
 * TanStack Query caches in place (no second store), except vehicles, which go straight into
 * their typed arrays. On a dropped connection the SSE link reconnects by itself and resumes
 * from the last frame's seq, so nothing is missed; the returned health says it is doing so.
 */
export function useLiveChanges({ cursor, listsLoaded, vehicles }: LiveChangesOptions): LiveHealth {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const queries = operatingQueries(trpc);
  const { health, frameArrived, handlers } = useLiveHealth();
  useSubscription(
    trpc.live.onChange.subscriptionOptions(
      { topics: ["incidents", "units", "sensors", "alerts", "vehicles"], lastEventId: cursor },
      {
        enabled: cursor !== undefined && listsLoaded,
        ...handlers,
        onData({ data: { changes } }) {
          frameArrived();
          const incidents = rowsOf(changes, "incidents");
          const units = rowsOf(changes, "units");
          const sensors = rowsOf(changes, "sensors");
          const alerts = rowsOf(changes, "alerts");
          const vehicleReports = rowsOf(changes, "vehicles");
          // One cache write per list and frame, however many rows the frame carries.
          if (incidents.length) queryClient.setQueryData(queries.activeIncidents.queryKey, (page) => page && mergeActiveIncidents(page, incidents));
          if (units.length) queryClient.setQueryData(queries.units.queryKey, (list) => list && mergeRows(list, units));
          if (sensors.length) queryClient.setQueryData(queries.sensors.queryKey, (list) => list && mergeRows(list, sensors));
          if (alerts.length) queryClient.setQueryData(queries.alertAreas.queryKey, (list) => list && mergeAlertAreas(list, alerts));
          if (vehicleReports.length) vehicles.apply(vehicleReports);
        },
      },
    ),
  );
  return health;
}
