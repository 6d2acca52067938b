"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { WallboardInterrupt } from "@/lib/domain/wallboard";
import { useTRPC } from "@/lib/trpc/client";
import { interruptToShow, trackFirstSeen, type FirstSeen } from "./interrupt-schedule";

/** Acknowledgements come from dispatcher consoles, not through the live stream: the wall asks this often. */
const INTERRUPT_POLL_MS = 5_000;
const NONE: WallboardInterrupt[] = [];

/**
 * The P1 or extreme alert that holds the wall now, if any: the newest one not yet acknowledged
 * and shown for less than `holdS` on this screen. Null lets the playlist run.
 */
export function usePriorityInterrupt(holdS: number, now: Date) {
  const trpc = useTRPC();
  const query = useQuery({ ...trpc.wallboard.interrupts.queryOptions(), refetchInterval: INTERRUPT_POLL_MS });
  const interrupts = query.data ?? NONE;
  // When each was first shown, updated as the list changes (React's "state from the previous render" pattern).
  const [tracked, setTracked] = useState<{ list: WallboardInterrupt[]; seen: FirstSeen }>({ list: NONE, seen: new Map() });
  if (tracked.list !== interrupts) setTracked({ list: interrupts, seen: trackFirstSeen(tracked.seen, interrupts, now.getTime()) });
  const shown = interruptToShow(interrupts, tracked.seen, now.getTime(), holdS);
  const heldForS = shown ? Math.floor((now.getTime() - (tracked.seen.get(shown.id) ?? now.getTime())) / 1000) : 0;
  // The most frequent poll is the first to notice a server that stopped answering.
  return { shown, waiting: interrupts.length, remainingS: Math.max(0, holdS - heldForS), pollFailing: query.failureCount > 0 };
}
