import { operatingQueries } from "@/components/operating-picture/operating-queries";
import type { useTRPC } from "@/lib/trpc/client";
import type { RouterOutputs } from "@/lib/trpc/router-types";

type Trpc = ReturnType<typeof useTRPC>;

export type IncidentRow = RouterOutputs["incidents"]["list"]["items"][number];
export type UnitRow = RouterOutputs["units"]["list"][number];
export type Recommendation = RouterOutputs["dispatch"]["recommend"];
export type Candidate = Recommendation["candidates"][number];
export type Timeline = RouterOutputs["incidents"]["timeline"];

/**
 * The console's lists. Incidents and units are the operating picture's own cache entries, so a
 * browser showing both pages patches one copy of each from the live stream.
 */
export function dispatchQueries(trpc: Trpc) {
  const { activeIncidents, units } = operatingQueries(trpc);
  return {
    activeIncidents,
    units,
    targets: { ...trpc.dispatch.targets.queryOptions(), staleTime: Infinity },
  };
}
