/** A rule's open alerts, and when people last resolved its alerts by hand, per subject. */
import { and, eq, inArray, max, ne } from "drizzle-orm";
import type { Db } from "@/db/client";
import { alerts } from "@/db/schema";
import { subjectKey, type Finding } from "../findings";
import type { OpenAlert } from "../plan-alert-changes";
import { RULES_ENGINE } from "../write-alert-changes";

export function loadOpenAlerts(db: Db, ruleId: string): Promise<OpenAlert[]> {
  return db
    .select({ id: alerts.id, subjectKind: alerts.subjectKind, subjectId: alerts.subjectId, severity: alerts.severity, status: alerts.status, triggeredAt: alerts.triggeredAt })
    .from(alerts)
    .where(and(eq(alerts.ruleId, ruleId), ne(alerts.status, "resolved")));
}

/** Only for the subjects about to fire without an open alert: usually none. */
export async function loadHandResolutions(db: Db, ruleId: string, firing: readonly Finding[]): Promise<Map<string, Date>> {
  if (firing.length === 0) return new Map();
  const rows = await db
    .select({ subjectKind: alerts.subjectKind, subjectId: alerts.subjectId, resolvedAt: max(alerts.resolvedAt) })
    .from(alerts)
    .where(and(eq(alerts.ruleId, ruleId), eq(alerts.status, "resolved"), ne(alerts.resolvedBy, RULES_ENGINE), inArray(alerts.subjectId, firing.map((f) => f.subject.id))))
    .groupBy(alerts.subjectKind, alerts.subjectId);
  return new Map(rows.flatMap((row) => (row.resolvedAt ? [[subjectKey({ kind: row.subjectKind, id: row.subjectId }), row.resolvedAt] as const] : [])));
}
