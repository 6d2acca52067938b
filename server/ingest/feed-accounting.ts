/**
 * Feed health bookkeeping, written in the same transaction as the data it describes: counters
 * and times on the feed row (a live topic, so admin screens update by themselves), per-minute
 * counts for rates, and dead letters for every rejection.
 *
 * A "message" is one item a feed delivered (a SenML record, a GTFS-RT entity, a CAP alert, an
 * Open311 request, a call), accepted or not; a "reject" is one the parser or the writer refused.
 */
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { unnest } from "./sql-arrays";

/** Dead-letter excerpts are bounded by the table's CHECK; reasons are kept readable too. */
const EXCERPT_LIMIT = 2048;
const REASON_LIMIT = 1000;

export type DeadLetter = { reason: string; excerpt: string };

export type FeedTally = {
  messages: number;
  accepted: number;
  deadLetters: DeadLetter[];
  /** The transport's own outcome, for polls. */
  poll: { ok: true } | { ok: false; error: string } | null;
};

export const emptyTally = (): FeedTally => ({ messages: 0, accepted: 0, deadLetters: [], poll: null });

export async function recordFeedActivity(tx: Db, tallies: Map<string, FeedTally>, now: Date): Promise<void> {
  const at = sql`${now.toISOString()}::timestamptz`;
  const feeds = [...tallies.entries()].map(([id, tally]) => ({ id, ...tally, error: lastErrorOf(tally) }));
  if (feeds.length === 0) return;
  const deadLetters = feeds.flatMap((feed) => feed.deadLetters.map((letter) => ({ feedId: feed.id, ...letter })));
  const counted = feeds.filter((feed) => feed.messages > 0);
  const minute = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  // Sent together: PostgreSQL runs them in this order, and the batch waits one round trip, not three.
  await Promise.all([
    deadLetters.length > 0 &&
      tx.execute(sql`
        insert into feed_rejects (feed_id, at, reason, excerpt)
        select u.feed_id, ${at}, u.reason, u.excerpt from ${unnest(
          ["text", deadLetters.map((d) => d.feedId)],
          ["text", deadLetters.map((d) => d.reason.slice(0, REASON_LIMIT))],
          ["text", deadLetters.map((d) => d.excerpt.slice(0, EXCERPT_LIMIT))],
        )} as u(feed_id, reason, excerpt)`),
    counted.length > 0 &&
      tx.execute(sql`
        insert into feed_minutes as m (feed_id, minute, messages, rejects)
        select u.feed_id, ${minute.toISOString()}::timestamptz, u.messages, u.rejects from ${unnest(
          ["text", counted.map((f) => f.id)],
          ["int4", counted.map((f) => f.messages)],
          ["int4", counted.map((f) => f.deadLetters.length)],
        )} as u(feed_id, messages, rejects)
        on conflict (feed_id, minute) do update set messages = m.messages + excluded.messages, rejects = m.rejects + excluded.rejects`),
    // Last: feeds is a live table, and its trigger's lock is held until commit.
    tx.execute(sql`
      update feeds f set
        messages_total = f.messages_total + u.messages,
        rejects_total = f.rejects_total + u.rejects,
        last_message_at = case when u.messages > 0 then ${at} else f.last_message_at end,
        last_success_at = case when u.succeeded then ${at} else f.last_success_at end,
        last_error = coalesce(u.error, f.last_error),
        last_error_at = case when u.error is not null then ${at} else f.last_error_at end
      from ${unnest(
        ["text", feeds.map((f) => f.id)],
        ["int8", feeds.map((f) => f.messages)],
        ["int8", feeds.map((f) => f.deadLetters.length)],
        ["bool", feeds.map(succeeded)],
        ["text", feeds.map((f) => f.error?.slice(0, REASON_LIMIT) ?? null)],
      )} as u(id, messages, rejects, succeeded, error)
      where f.id = u.id`),
  ]);
}

/**
 * Something got through, or a poll reached its source and found nothing new. A poll whose every
 * item was refused is no success: the feed then shows as failing, with the reason as its error.
 */
const succeeded = (tally: FeedTally) => tally.accepted > 0 || (tally.poll?.ok === true && tally.messages === 0);

/** A failed poll is the feed's error; otherwise the last rejection's reason. */
function lastErrorOf(tally: FeedTally): string | null {
  if (tally.poll && !tally.poll.ok) return tally.poll.error;
  return tally.deadLetters.at(-1)?.reason ?? null;
}
