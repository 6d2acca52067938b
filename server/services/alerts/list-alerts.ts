import { and, desc, eq, inArray, lt, or, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { alerts } from "@/db/schema";
import type { ListAlertsInput } from "@/lib/domain/alerts";
import { withinScope, type AgencyScope } from "@/server/auth/agency-scope";
import { InvalidInputError } from "@/server/services/errors";

/** Newest first; keyset pagination on (opened_at, id) so pages never shift as alerts arrive. */
export async function listAlerts(db: Db, scope: AgencyScope, input: ListAlertsInput) {
  const filters: (SQL | undefined)[] = [
    withinScope(alerts.agencyId, scope),
    input.severity && inArray(alerts.severity, input.severity),
    input.status && inArray(alerts.status, input.status),
    input.agencyId && inArray(alerts.agencyId, input.agencyId),
    input.kind && inArray(alerts.source, input.kind),
    input.subject && and(eq(alerts.subjectKind, input.subject.kind), eq(alerts.subjectId, input.subject.id)),
    input.id ? eq(alerts.id, input.id) : undefined,
    input.cursor ? olderThan(input.cursor) : undefined,
  ];
  const rows = await db
    .select()
    .from(alerts)
    .where(and(...filters))
    .orderBy(desc(alerts.openedAt), desc(alerts.id))
    .limit(input.limit + 1);
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > input.limit && last ? encodeCursor(last.openedAt, last.id) : null };
}

const encodeCursor = (openedAt: Date, id: string) => Buffer.from(`${openedAt.toISOString()}|${id}`).toString("base64url");

function olderThan(cursor: string): SQL {
  const [iso, id] = Buffer.from(cursor, "base64url").toString().split("|");
  const at = new Date(iso ?? "");
  if (!id || Number.isNaN(at.getTime())) throw new InvalidInputError("The page cursor is not valid; reload the list.");
  return or(lt(alerts.openedAt, at), and(eq(alerts.openedAt, at), lt(alerts.id, id)))!;
}
