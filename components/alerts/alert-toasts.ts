/** Which live alert changes interrupt the operator (pure): a new severe or extreme alert, or one that became worse. */
import { INTERRUPTING_SEVERITIES, isMoreSevere, isMuted, type AlertMute, type AlertSeverity } from "@/lib/domain/alerts";
import type { AlertRow } from "./alert-types";

/**
 * `known`: the severity each alert had when last seen (seeded with the open alerts at page load,
 * so an update to an old alert is not news); updated here. Acknowledged and resolved alerts
 * have someone on them already, and the person's own mutes are respected.
 */
export function alertsToAnnounce(rows: readonly AlertRow[], known: Map<string, AlertSeverity>, mutes: readonly AlertMute[]): AlertRow[] {
  const announce: AlertRow[] = [];
  for (const alert of rows) {
    const before = known.get(alert.id);
    known.set(alert.id, alert.severity);
    const news = before === undefined || isMoreSevere(alert.severity, before);
    if (news && alert.status === "open" && INTERRUPTING_SEVERITIES.includes(alert.severity) && !isMuted(alert, mutes)) announce.push(alert);
  }
  return announce;
}
