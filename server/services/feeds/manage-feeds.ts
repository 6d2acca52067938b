/** Registering and changing feeds: supervisors of the owning agency (or the command center), each change audited. */
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { feeds, type Feed } from "@/db/schema";
import { assertMayChange, targetAgency } from "@/server/auth/agency-scope";
import type { AuthSession } from "@/server/auth/auth-session";
import { recordAudit, type Actor } from "@/server/audit/record-audit";
import { ConflictError, NotFoundError } from "@/server/services/errors";
import { checkFeedEndpoint } from "./feed-endpoint";
import type { CreateFeedInput, UpdateFeedInput } from "./feed-inputs";

/** The registry's settings, without live counters: what the audit log records. */
const settingsOf = ({ id, agencyId, type, name, endpoint, intervalS, enabled }: Feed) => ({ id, agencyId, type, name, endpoint, intervalS, enabled });

export async function createFeed(db: Db, session: AuthSession, actor: Actor, input: CreateFeedInput) {
  checkFeedEndpoint(input.type, input.endpoint);
  const agencyId = targetAgency(session, input.agencyId);
  return db.transaction(async (tx) => {
    const [feed] = await tx.insert(feeds).values({ ...input, agencyId }).onConflictDoNothing().returning();
    if (!feed) throw new ConflictError(`A feed with the id "${input.id}" already exists.`);
    await recordAudit(tx, actor, { action: "feeds.create", entityKind: "feed", entityId: feed.id, after: settingsOf(feed) });
    return feed;
  });
}

export function updateFeed(db: Db, session: AuthSession, actor: Actor, { id, ...changes }: UpdateFeedInput) {
  return changeFeed(db, session, actor, id, "feeds.update", (before) => {
    checkFeedEndpoint(before.type, changes.endpoint ?? before.endpoint);
    return changes;
  });
}

export function setFeedEnabled(db: Db, session: AuthSession, actor: Actor, id: string, enabled: boolean) {
  return changeFeed(db, session, actor, id, "feeds.setEnabled", () => ({ enabled }));
}

async function changeFeed(db: Db, session: AuthSession, actor: Actor, id: string, action: string, change: (before: Feed) => Partial<Feed>) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(feeds).where(eq(feeds.id, id)).for("update");
    if (!before) throw new NotFoundError(`Feed ${id}`);
    assertMayChange(session, before.agencyId);
    const [after] = await tx.update(feeds).set(change(before)).where(eq(feeds.id, id)).returning();
    await recordAudit(tx, actor, { action, entityKind: "feed", entityId: id, before: settingsOf(before), after: settingsOf(after!) });
    return after!;
  });
}
