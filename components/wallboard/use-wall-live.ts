"use client";

import { onlineManager, useQueryClient } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import { useEffect, useSyncExternalStore } from "react";
import { useTRPC } from "@/lib/trpc/client";
import { wallConnection, type WallConnection } from "./wall-connection";

/** A refused stream (say, a session the server no longer knows after a restart) is retried after this pause. */
const RETRY_AFTER_ERROR_MS = 10_000;

const subscribeOnline = (onChange: () => void) => onlineManager.subscribe(onChange);
const isOnline = () => onlineManager.isOnline();

/**
 * The wall's live link: incident and alert changes wake the interrupt check at once instead of
 * at its next poll. A dropped stream reconnects by itself (the SSE link retries); what this
 * returns is shown on the wall, so a lost link is visible from across the room.
 */
export function useWallLive(pollsFailing: boolean): WallConnection {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const online = useSyncExternalStore(subscribeOnline, isOnline, () => true);
  const subscription = useSubscription(
    trpc.live.onChange.subscriptionOptions(
      { topics: ["incidents", "alerts"] },
      {
        onData({ data: { changes } }) {
          const mayInterrupt = changes.some((c) => (c.topic === "incidents" && c.row.priority === 1) || (c.topic === "alerts" && c.row.severity === "extreme"));
          if (mayInterrupt) void queryClient.invalidateQueries({ queryKey: trpc.wallboard.interrupts.queryKey() });
        },
      },
    ),
  );
  const { status, error, reset } = subscription;
  useEffect(() => {
    if (status !== "error") return;
    const timer = setTimeout(reset, RETRY_AFTER_ERROR_MS);
    return () => clearTimeout(timer);
  }, [status, reset]);
  return wallConnection({ stream: status, streamFailed: Boolean(error), online, pollsFailing });
}
