import type { Kpi } from "@/lib/domain/kpis";
import { formatAge } from "@/components/incidents/format-age";

export type Freshness = { state: "fresh" } | { state: "stale"; age: string } | { state: "missing" };

/** A tile whose data is older than its cadence allows greys out and says how old it is. */
export function kpiFreshness({ asOf, staleAfterS }: Pick<Kpi, "asOf" | "staleAfterS">, now: Date): Freshness {
  if (!asOf) return { state: "missing" };
  if (now.getTime() - asOf.getTime() <= staleAfterS * 1000) return { state: "fresh" };
  return { state: "stale", age: formatAge(asOf, now) };
}
