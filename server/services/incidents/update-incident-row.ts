import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { incidents, type Incident } from "@/db/schema";
import { ConflictError } from "@/server/services/errors";

/**
 * `UPDATE incidents ... WHERE id = $1 AND version = $2`: the change applies only to the version
 * it was based on. Anyone who changed the incident in between wins; this caller gets a
 * ConflictError and a fresh look, never a silent overwrite.
 */
export async function updateIncidentRow(db: Db, before: Pick<Incident, "id" | "version">, changes: Partial<typeof incidents.$inferInsert>): Promise<Incident> {
  const [after] = await db
    .update(incidents)
    .set({ ...changes, version: sql`${incidents.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(incidents.id, before.id), eq(incidents.version, before.version)))
    .returning();
  if (!after) throw new ConflictError("Someone else changed this incident a moment ago; look at it again and retry.");
  return after;
}
