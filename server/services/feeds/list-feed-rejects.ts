/** A feed's recent dead letters, for supervisors of the agency that owns the feed (or the command center). */
import { desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { feedRejects, feeds } from "@/db/schema";
import { assertMayChange } from "@/server/auth/agency-scope";
import type { AuthSession } from "@/server/auth/auth-session";
import { NotFoundError } from "@/server/services/errors";
import type { FeedRejectsInput } from "./feed-inputs";

export async function listFeedRejects(db: Db, session: AuthSession, { feedId, limit }: FeedRejectsInput) {
  const [feed] = await db.select({ agencyId: feeds.agencyId }).from(feeds).where(eq(feeds.id, feedId));
  if (!feed) throw new NotFoundError(`Feed ${feedId}`);
  // Dead letters hold raw input (caller details in calls, device payloads): owners only, as for changes.
  assertMayChange(session, feed.agencyId);
  return db
    .select({ id: feedRejects.id, at: feedRejects.at, reason: feedRejects.reason, excerpt: feedRejects.excerpt })
    .from(feedRejects)
    .where(eq(feedRejects.feedId, feedId))
    .orderBy(desc(feedRejects.id))
    .limit(limit);
}
