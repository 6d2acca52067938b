/**
 * Feeds with their health: the same healthy / stale / failing judgement as the wallboard's feed
 * KPI (server/services/kpis/feed-health.ts), plus lag since the last message and rates over the
 * last five minutes from the per-minute counts the ingest writer keeps.
 */
import { asc, gte, sql, sum } from "drizzle-orm";
import type { Db } from "@/db/client";
import { feedMinutes, feeds, type Feed } from "@/db/schema";
import { withinScope, type AgencyScope } from "@/server/auth/agency-scope";
import { feedHealth } from "@/server/services/kpis/feed-health";

const RATE_WINDOW_MIN = 5;

export type FeedWithHealth = Feed & {
  health: {
    state: ReturnType<typeof feedHealth>;
    /** Seconds since the last message arrived; null before the first. */
    lagS: number | null;
    messagesPerMin: number;
    rejectsPerMin: number;
  };
};

export async function listFeeds(db: Db, scope: AgencyScope, now = new Date()): Promise<FeedWithHealth[]> {
  const since = new Date(Math.floor(now.getTime() / 60_000) * 60_000 - (RATE_WINDOW_MIN - 1) * 60_000);
  const [rows, counts] = await Promise.all([
    db.select().from(feeds).where(withinScope(feeds.agencyId, scope)).orderBy(asc(feeds.agencyId), asc(feeds.id)),
    db
      .select({ feedId: feedMinutes.feedId, messages: sum(feedMinutes.messages).mapWith(Number), rejects: sum(feedMinutes.rejects).mapWith(Number) })
      .from(feedMinutes)
      .where(gte(feedMinutes.minute, sql`${since.toISOString()}::timestamptz`))
      .groupBy(feedMinutes.feedId),
  ]);
  const recent = new Map(counts.map((c) => [c.feedId, c]));
  return rows.map((feed) => ({
    ...feed,
    health: {
      state: feedHealth(feed, now),
      lagS: feed.lastMessageAt ? Math.max(0, Math.round((now.getTime() - feed.lastMessageAt.getTime()) / 1000)) : null,
      messagesPerMin: (recent.get(feed.id)?.messages ?? 0) / RATE_WINDOW_MIN,
      rejectsPerMin: (recent.get(feed.id)?.rejects ?? 0) / RATE_WINDOW_MIN,
    },
  }));
}
