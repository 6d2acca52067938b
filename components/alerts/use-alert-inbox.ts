"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/lib/trpc/client";
import { mergeAlertPage } from "./alert-list-patches";
import type { AlertFilters, AlertPage } from "./alert-types";
import { useLiveAlerts } from "./use-live-alerts";

const INBOX_LIMIT = 200;

/** The inbox: alerts matching the filters, kept live. Every cached filter combination is patched, so switching filters never shows a stale list. */
export function useAlertInbox(filters: AlertFilters) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.alerts.list.queryOptions({ ...filters, limit: INBOX_LIMIT }));
  const liveStatus = useLiveAlerts({
    ready: list.isSuccess,
    onAlerts(rows) {
      for (const [key, page] of queryClient.getQueriesData<AlertPage>({ queryKey: trpc.alerts.list.pathKey() })) {
        const input = (key[1] as { input?: AlertFilters } | undefined)?.input ?? {};
        if (page) queryClient.setQueryData(key, mergeAlertPage(page, rows, input));
      }
    },
  });
  return { list, liveStatus };
}
