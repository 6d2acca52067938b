"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useMemo } from "react";
import { useTRPC } from "@/lib/trpc/client";
import type { UnitRow } from "./operating-queries";

/** Units move along their routes; re-routing this often keeps the drawn route starting near them. */
const REROUTE_MS = 15_000;
const NO_ROUTES = new Map<string, [number, number][]>();

/**
 * Road routes (the dispatch router's, via map.unitRoutes) of the units travelling to an
 * incident, by unit id. Asked again whenever a unit sets off or is sent elsewhere.
 */
export function useUnitRoutes(units: readonly UnitRow[], enabled: boolean): ReadonlyMap<string, [number, number][]> {
  const trpc = useTRPC();
  const travelling = useMemo(
    () =>
      units
        .filter((unit) => unit.status === "dispatched" || unit.status === "en_route")
        .map((unit) => `${unit.id}>${unit.incidentId}`)
        .join(" "),
    [units],
  );
  const routes = useQuery({ ...trpc.map.unitRoutes.queryOptions(), enabled: enabled && travelling !== "", refetchInterval: REROUTE_MS });
  const { refetch } = routes;
  useEffect(() => {
    if (travelling) void refetch({ cancelRefetch: false });
  }, [travelling, refetch]);
  return useMemo(() => (routes.data ? new Map(routes.data.map((route) => [route.unitId, route.path])) : NO_ROUTES), [routes.data]);
}
