/** Geofence memory (rule_subject_states): read for one rule version, and written only where it changed. */
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { ruleSubjectStates } from "@/db/schema";
import type { PlaceMemory, RememberedPlace } from "../evaluate/geofence";
import { subjectKey } from "../findings";

export async function loadPlaceMemory(db: Db, rule: { id: string; version: number }): Promise<Map<string, PlaceMemory>> {
  const rows = await db
    .select()
    .from(ruleSubjectStates)
    .where(and(eq(ruleSubjectStates.ruleId, rule.id), eq(ruleSubjectStates.ruleVersion, rule.version)));
  return new Map(rows.map((row) => [subjectKey({ kind: row.subjectKind, id: row.subjectId }), { inside: row.inside, since: row.since }]));
}

export async function rememberPlaces(db: Db, rule: { id: string; version: number }, changed: readonly RememberedPlace[]) {
  if (changed.length === 0) return;
  await db
    .insert(ruleSubjectStates)
    .values(changed.map(({ kind, id, inside, since }) => ({ ruleId: rule.id, ruleVersion: rule.version, subjectKind: kind, subjectId: id, inside, since })))
    .onConflictDoUpdate({
      target: [ruleSubjectStates.ruleId, ruleSubjectStates.subjectKind, ruleSubjectStates.subjectId],
      set: { ruleVersion: sql`excluded.rule_version`, inside: sql`excluded.inside`, since: sql`excluded.since` },
    });
}
