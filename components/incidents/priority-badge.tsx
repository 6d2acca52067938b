import { prioritySymbology } from "@/components/map/incident-symbology";
import { cssColor } from "@/components/map/rgb";
import { Badge } from "@/components/ui/badge";

/** "P1".."P4" in the priority's map colour, with its meaning for screen readers and on hover. */
export function PriorityBadge({ priority }: { priority: number }) {
  const { color, meaning } = prioritySymbology(priority);
  return (
    <Badge className="text-[#0b1220]" style={{ backgroundColor: cssColor(color) }} title={meaning}>
      P{priority}
      <span className="sr-only"> ({meaning})</span>
    </Badge>
  );
}
