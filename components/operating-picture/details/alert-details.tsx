import Link from "next/link";
import { inboxPath } from "@/components/alerts/inbox-focus";
import { ALERT_SEVERITY_LABELS, ALERT_STATUS_LABELS } from "@/lib/domain/alerts";
import type { AlertAreaRow } from "../operating-queries";
import { DetailList, When } from "./detail-list";

/** An alert with an area: what, how severe, where, and the way to act on it. */
export function AlertDetails({ alert, now }: { alert: AlertAreaRow; now: Date }) {
  return (
    <div className="space-y-4">
      <DetailList
        rows={[
          ["Severity", ALERT_SEVERITY_LABELS[alert.severity]],
          ["Status", ALERT_STATUS_LABELS[alert.status]],
          ["Area", alert.areaDesc ?? "Shown on the map"],
          ["Opened", <When key="o" at={alert.openedAt} now={now} />],
          ...(alert.description ? [["Details", alert.description] as [string, string]] : []),
        ]}
      />
      <Link href={inboxPath({ kind: "alert", id: alert.id })} className="text-primary inline-block text-sm hover:underline">
        Acknowledge or resolve in alerts
      </Link>
    </div>
  );
}
