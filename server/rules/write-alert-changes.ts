/** Writes planned alert changes in one transaction; every update re-checks that the alert is still open. */
import { and, eq, ne, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { alerts } from "@/db/schema";
import type { RuleKind } from "@/lib/domain/rules";
import type { Firing } from "./findings";
import { reopensFor, type AlertChange } from "./plan-alert-changes";

/** How resolutions by the engine are signed, as opposed to a person's. */
export const RULES_ENGINE = "rules";

const described = (finding: Firing) => ({
  severity: finding.severity,
  title: finding.title.slice(0, 200),
  description: finding.description,
  area: finding.area,
  areaDesc: finding.areaDesc,
});

export async function writeAlertChanges(db: Db, rule: { id: string; kind: RuleKind }, changes: readonly AlertChange[], now: Date) {
  if (changes.length === 0) return;
  const bump = { version: sql`${alerts.version} + 1`, updatedAt: now };
  await db.transaction(async (tx) => {
    for (const change of changes) {
      if (change.type === "open") {
        const { finding } = change;
        await tx
          .insert(alerts)
          .values({
            ...described(finding),
            agencyId: finding.subject.agencyId,
            subjectKind: finding.subject.kind,
            subjectId: finding.subject.id,
            ruleId: rule.id,
            source: rule.kind,
            sensorKind: finding.sensorKind,
            openedAt: now,
            triggeredAt: finding.since,
            updatedAt: now,
          })
          // The one-open-per-(rule, subject) index: should another writer have opened it first, keep theirs.
          .onConflictDoNothing();
        continue;
      }
      const stillOpen = and(eq(alerts.id, change.alert.id), ne(alerts.status, "resolved"));
      if (change.type === "resolve") {
        await tx.update(alerts).set({ ...bump, status: "resolved", resolvedAt: now, resolvedBy: RULES_ENGINE, resolveReason: change.reason }).where(stillOpen);
        continue;
      }
      const { alert, finding } = change;
      const status = reopensFor(alert, finding) ? "open" : alert.status;
      const retrigger = change.type === "retrigger" ? { retriggerCount: sql`${alerts.retriggerCount} + 1`, triggeredAt: finding.since } : {};
      await tx.update(alerts).set({ ...bump, ...described(finding), ...retrigger, status }).where(stillOpen);
    }
  });
}
