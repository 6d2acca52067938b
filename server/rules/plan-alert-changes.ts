/**
 * What a rule's findings change in its alerts (pure). One open alert per rule and subject: a
 * fresh crossing while it is open is a re-trigger (a counter), never a second alert.
 */
import type { Alert } from "@/db/schema";
import { isMoreSevere } from "@/lib/domain/alerts";
import { subjectKey, type Finding, type Firing } from "./findings";

export type OpenAlert = Pick<Alert, "id" | "subjectKind" | "subjectId" | "severity" | "status" | "triggeredAt">;

export type AlertChange =
  | { type: "open"; finding: Firing }
  /** The condition cleared briefly (not long enough to resolve) and crossed again. */
  | { type: "retrigger"; alert: OpenAlert; finding: Firing }
  /** Same crossing, new severity (a river reaching the next flood stage). */
  | { type: "restate"; alert: OpenAlert; finding: Firing }
  | { type: "resolve"; alert: OpenAlert; reason: string };

export const NOT_WATCHED = "No longer watched by this rule.";

/**
 * `handResolvedAt`: when a person last resolved the alert of a subject. Such an alert stays
 * resolved while the same crossing lasts; only a new crossing after it opens another.
 */
export function planAlertChanges(open: readonly OpenAlert[], findings: readonly Finding[], handResolvedAt: ReadonlyMap<string, Date>): AlertChange[] {
  const openBySubject = new Map(open.map((alert) => [subjectKey({ kind: alert.subjectKind, id: alert.subjectId }), alert]));
  const changes: AlertChange[] = [];
  for (const finding of findings) {
    const key = subjectKey(finding.subject);
    const alert = openBySubject.get(key);
    openBySubject.delete(key);
    if (finding.verdict === "clear" && alert) changes.push({ type: "resolve", alert, reason: finding.reason });
    if (finding.verdict !== "fire") continue;
    if (!alert) {
      const resolvedAt = handResolvedAt.get(key);
      if (!resolvedAt || (!finding.continuing && finding.since > resolvedAt)) changes.push({ type: "open", finding });
    } else if (!finding.continuing && finding.since > alert.triggeredAt) {
      changes.push({ type: "retrigger", alert, finding });
    } else if (finding.severity !== alert.severity) {
      changes.push({ type: "restate", alert, finding });
    }
  }
  // Open alerts of subjects the rule no longer watches (edited, filtered out, zone gone).
  for (const alert of openBySubject.values()) changes.push({ type: "resolve", alert, reason: NOT_WATCHED });
  return changes;
}

/** A worse severity brings an acknowledged alert back to the operators. */
export const reopensFor = (alert: OpenAlert, finding: Firing) => alert.status === "acknowledged" && isMoreSevere(finding.severity, alert.severity);
