/**
 * The feed a push request is counted against. `?feed=<id>` names one; without it, the caller's
 * own enabled feed of the right type, else the command center's (the seeded "sensors-http").
 * A feed takes pushes from its own agency and from the command center; a command-center feed is
 * the city's shared intake and takes them from every agency (what each agency may write is still
 * checked item by item, e.g. readings only for its own sensors).
 */
import { sql } from "drizzle-orm";
import { selectRows, type Db } from "@/db/client";
import type { FeedType } from "@/lib/domain/feeds";
import { ForbiddenError, NotFoundError } from "@/server/services/errors";
import type { FeedRef } from "../ingest-items";
import type { PushCaller } from "./push-caller";

type Candidate = { id: string; agency_id: string; enabled: boolean; owner_is_command: boolean };

export async function pushFeed(db: Db, caller: PushCaller, type: FeedType, requestedId: string | null): Promise<FeedRef> {
  const candidates = await selectRows<Candidate>(
    db,
    sql`select f.id, f.agency_id, f.enabled, a.kind = 'command' as owner_is_command
        from feeds f join agencies a on a.id = f.agency_id
        where f.type = ${type} order by f.id`,
  );
  const mayPush = (feed: Candidate) => caller.isCommand || feed.agency_id === caller.agencyId || feed.owner_is_command;
  const chosen = requestedId
    ? candidates.find((feed) => feed.id === requestedId)
    : (candidates.find((feed) => feed.enabled && feed.agency_id === caller.agencyId) ?? candidates.find((feed) => feed.enabled && feed.owner_is_command));
  if (!chosen) throw new NotFoundError(requestedId ? `A ${type} feed "${requestedId}"` : `An enabled ${type} feed for your agency`);
  if (!mayPush(chosen)) throw new ForbiddenError(`Feed ${chosen.id} belongs to another agency.`);
  if (!chosen.enabled) throw new ForbiddenError(`Feed ${chosen.id} is disabled.`);
  return { id: chosen.id, agencyId: chosen.agency_id };
}
