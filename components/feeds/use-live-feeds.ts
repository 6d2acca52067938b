"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import { useTRPC } from "@/lib/trpc/client";

/** Re-reads lags and staleness even when no feed writes (a silent feed is the one going stale). */
const REFRESH_MS = 15_000;

/**
 * The feed list, kept live: every change to a feed row (the ingest writer updates counters with
 * each batch) wakes the feeds topic, and the list is read again, rates and health included.
 */
export function useLiveFeeds() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const feeds = useQuery(trpc.feeds.list.queryOptions(undefined, { refetchInterval: REFRESH_MS }));
  const cursor = useQuery(trpc.live.cursor.queryOptions());
  useSubscription(
    trpc.live.onChange.subscriptionOptions(
      { topics: ["feeds"], lastEventId: cursor.data },
      {
        enabled: cursor.data !== undefined,
        onData: () => void queryClient.invalidateQueries({ queryKey: trpc.feeds.list.queryKey() }),
      },
    ),
  );
  return feeds;
}
