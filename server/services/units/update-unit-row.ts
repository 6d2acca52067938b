import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { units, type Unit } from "@/db/schema";
import { UNIT_STATUS_LABELS } from "@/lib/domain/units";
import { ConflictError } from "@/server/services/errors";

/** `UPDATE units ... WHERE id = $1 AND version = $2`: a unit changed by someone else meanwhile is a ConflictError. */
export async function updateUnitRow(db: Db, before: Pick<Unit, "id" | "version">, changes: Partial<typeof units.$inferInsert>): Promise<Unit> {
  const [after] = await db
    .update(units)
    .set({ ...changes, version: sql`${units.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(units.id, before.id), eq(units.version, before.version)))
    .returning();
  if (after) return after;
  const [now] = await db.select({ status: units.status }).from(units).where(eq(units.id, before.id));
  const state = now ? ` (now ${UNIT_STATUS_LABELS[now.status].toLowerCase()})` : "";
  throw new ConflictError(`Unit ${before.id} changed a moment ago${state}; look at it again and retry.`);
}
