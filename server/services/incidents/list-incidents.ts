import { and, between, desc, gte, inArray, lt, lte, or, eq, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { incidents } from "@/db/schema";
import { ACTIVE_INCIDENT_STATUSES, type ListIncidentsInput } from "@/lib/domain/incidents";
import { withinScope, type AgencyScope } from "@/server/auth/agency-scope";
import { InvalidInputError } from "@/server/services/errors";

/** Newest first; keyset pagination on (reported_at, id) so pages never shift as calls arrive. */
export async function listIncidents(db: Db, scope: AgencyScope, input: ListIncidentsInput) {
  const filters: (SQL | undefined)[] = [
    withinScope(incidents.agencyId, scope),
    input.status && inArray(incidents.status, input.status),
    input.active ? inArray(incidents.status, [...ACTIVE_INCIDENT_STATUSES]) : undefined,
    input.priority && inArray(incidents.priority, input.priority),
    input.type && inArray(incidents.type, input.type),
    input.from && gte(incidents.reportedAt, input.from),
    input.to && lte(incidents.reportedAt, input.to),
    input.bbox && and(between(incidents.lon, input.bbox.west, input.bbox.east), between(incidents.lat, input.bbox.south, input.bbox.north)),
    input.cursor ? afterCursor(input.cursor) : undefined,
  ];
  const rows = await db
    .select()
    .from(incidents)
    .where(and(...filters))
    .orderBy(desc(incidents.reportedAt), desc(incidents.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page,
    nextCursor: rows.length > input.limit && last ? encodeCursor(last.reportedAt, last.id) : null,
  };
}

function encodeCursor(reportedAt: Date, id: string) {
  return Buffer.from(`${reportedAt.toISOString()}|${id}`).toString("base64url");
}

function afterCursor(cursor: string): SQL {
  const [iso, id] = Buffer.from(cursor, "base64url").toString().split("|");
  const at = new Date(iso ?? "");
  if (!id || Number.isNaN(at.getTime())) throw new InvalidInputError("The page cursor is not valid; reload the list.");
  return or(lt(incidents.reportedAt, at), and(eq(incidents.reportedAt, at), lt(incidents.id, id)))!;
}
