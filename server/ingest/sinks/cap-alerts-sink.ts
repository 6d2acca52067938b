/**
 * CAP alerts, in message order. An Alert opens a row keyed by (sender, identifier); an Update
 * opens its own row and resolves the rows it references (the update supersedes them); a Cancel
 * only resolves them. Anything not "Actual" (exercises, tests, drafts) and Ack/Error messages are
 * read and counted but change nothing on the operators' screens.
 */
import { and, eq, inArray, ne, sql } from "drizzle-orm";
import { alerts } from "@/db/schema";
import { CAP_SOURCE, capAlertRow, capKey } from "./cap-alert-row";
import type { Sink, SinkRejection } from "./sink";

export const writeCapAlerts: Sink<"capAlert"> = async ({ tx, now }, entries) => {
  const rejections: SinkRejection[] = [];
  for (const [index, { item: { alert }, feed }] of entries.entries()) {
    if (!feed) {
      rejections.push({ index, reason: "CAP alerts must come through a registered feed" });
      continue;
    }
    if (alert.status !== "Actual") continue;
    if (alert.msgType === "Alert" || alert.msgType === "Update") {
      await tx.insert(alerts).values(capAlertRow(alert, feed.agencyId, now)).onConflictDoNothing();
    }
    if ((alert.msgType === "Update" || alert.msgType === "Cancel") && alert.references.length > 0) {
      await tx
        .update(alerts)
        .set({ status: "resolved", resolvedAt: now, version: sql`${alerts.version} + 1` })
        .where(
          and(
            eq(alerts.source, CAP_SOURCE),
            eq(alerts.agencyId, feed.agencyId),
            inArray(alerts.sourceRef, alert.references.map(capKey)),
            ne(alerts.status, "resolved"),
          ),
        );
    }
  }
  return rejections;
};
