import { FEED_STALE_AFTER_INTERVALS, type FeedHealthState } from "@/lib/domain/kpis";

export interface FeedStatusColumns {
  intervalS: number;
  lastSuccessAt: Date | null;
  lastErrorAt: Date | null;
}

/**
 * Failing: the latest attempt failed. Stale: nothing has arrived for several polls (or ever).
 * Healthy: the latest attempt succeeded, recently.
 */
export function feedHealth({ intervalS, lastSuccessAt, lastErrorAt }: FeedStatusColumns, now: Date): FeedHealthState {
  if (lastErrorAt && (!lastSuccessAt || lastErrorAt > lastSuccessAt)) return "failing";
  if (!lastSuccessAt || now.getTime() - lastSuccessAt.getTime() > FEED_STALE_AFTER_INTERVALS * intervalS * 1000) return "stale";
  return "healthy";
}
