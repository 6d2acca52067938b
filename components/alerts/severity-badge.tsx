import { ALERT_SEVERITY_COLORS } from "@/components/map/alert-symbology";
import { cssColor } from "@/components/map/rgb";
import { Badge } from "@/components/ui/badge";
import { ALERT_SEVERITY_LABELS, type AlertSeverity } from "@/lib/domain/alerts";

/** The CAP severity in the same warning colour the map draws the alert in. */
export function SeverityBadge({ severity }: { severity: AlertSeverity }) {
  return (
    <Badge className="text-[#0b1220]" style={{ backgroundColor: cssColor(ALERT_SEVERITY_COLORS[severity]) }}>
      {ALERT_SEVERITY_LABELS[severity]}
    </Badge>
  );
}
