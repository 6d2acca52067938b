import type { WallboardInterrupt } from "@/lib/domain/wallboard";

/** When this wall first showed each interrupt, by id. */
export type FirstSeen = ReadonlyMap<string, number>;

/**
 * Records when each listed interrupt was first seen, and forgets the ones no longer listed
 * (acknowledged, resolved, too old), so the map never grows past the list however long the wall runs.
 */
export function trackFirstSeen(previous: FirstSeen, interrupts: readonly WallboardInterrupt[], nowMs: number): FirstSeen {
  const next = new Map<string, number>();
  for (const { id } of interrupts) next.set(id, previous.get(id) ?? nowMs);
  const unchanged = next.size === previous.size && [...next].every(([id, at]) => previous.get(id) === at);
  return unchanged ? previous : next;
}

/** The newest interrupt still within its hold on this wall; null lets the playlist run. */
export function interruptToShow(interrupts: readonly WallboardInterrupt[], firstSeen: FirstSeen, nowMs: number, holdS: number): WallboardInterrupt | null {
  return interrupts.find((i) => nowMs - (firstSeen.get(i.id) ?? nowMs) < holdS * 1000) ?? null;
}
