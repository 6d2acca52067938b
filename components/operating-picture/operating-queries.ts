import type { useTRPC } from "@/lib/trpc/client";
import type { RouterOutputs } from "@/lib/trpc/router-types";

type Trpc = ReturnType<typeof useTRPC>;

export type ActiveIncidentPage = RouterOutputs["incidents"]["list"];
export type IncidentRow = ActiveIncidentPage["items"][number];
export type UnitRow = RouterOutputs["units"]["list"][number];
export type SensorRow = RouterOutputs["sensors"]["list"][number];

/** More active incidents than this is a city-wide emergency; the panel says the list is cut. */
export const ACTIVE_INCIDENT_LIMIT = 200;

/**
 * The lists the operating picture shows. The map, the panel and the live hook all build their
 * options here, so they share one cache entry per list and the live hook patches exactly those.
 */
export function operatingQueries(trpc: Trpc) {
  return {
    activeIncidents: trpc.incidents.list.queryOptions({ active: true, limit: ACTIVE_INCIDENT_LIMIT }),
    units: trpc.units.list.queryOptions({}),
    sensors: trpc.sensors.list.queryOptions({}),
  };
}
