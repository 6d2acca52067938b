import { and, desc, eq, gte, ilike, lt, lte, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog } from "@/db/schema";
import type { SearchAuditInput } from "@/lib/domain/access";
import { withinScope, type AgencyScope } from "@/server/auth/agency-scope";

/** Newest first, paged by id; free text matches the actor, action or entity id. */
export async function searchAudit(db: Db, scope: AgencyScope, input: SearchAuditInput) {
  const text = input.text && `%${input.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await db
    .select()
    .from(auditLog)
    .where(
      and(
        withinScope(auditLog.agencyId, scope),
        text ? or(ilike(auditLog.actorLabel, text), ilike(auditLog.action, text), ilike(auditLog.entityId, text)) : undefined,
        input.entityKind ? eq(auditLog.entityKind, input.entityKind) : undefined,
        input.actorUserId ? eq(auditLog.actorUserId, input.actorUserId) : undefined,
        input.from && gte(auditLog.at, input.from),
        input.to && lte(auditLog.at, input.to),
        input.cursor ? lt(auditLog.id, input.cursor) : undefined,
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(input.limit + 1);
  const items = rows.slice(0, input.limit);
  return { items, nextCursor: rows.length > input.limit ? (items.at(-1)?.id ?? null) : null };
}
