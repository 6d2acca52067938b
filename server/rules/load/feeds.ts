import type { Db } from "@/db/client";
import { feeds } from "@/db/schema";
import { withinScope, type AgencyScope } from "@/server/auth/agency-scope";
import type { FeedFacts } from "../evaluate/silence";

export function loadFeedFacts(db: Db, scope: AgencyScope): Promise<FeedFacts[]> {
  return db
    .select({
      id: feeds.id,
      agencyId: feeds.agencyId,
      name: feeds.name,
      intervalS: feeds.intervalS,
      enabled: feeds.enabled,
      lastSuccessAt: feeds.lastSuccessAt,
      lastMessageAt: feeds.lastMessageAt,
      lastError: feeds.lastError,
      lastErrorAt: feeds.lastErrorAt,
    })
    .from(feeds)
    .where(withinScope(feeds.agencyId, scope));
}
