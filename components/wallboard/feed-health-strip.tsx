import type { Kpi } from "@/lib/domain/kpis";
import { cn } from "@/components/ui/cn";
import { STATUS_STYLE } from "./status-colors";
import { WALL_TEXT } from "./wall-text";

/** The feeds behind every panel, always on screen: how many are healthy, and which are not. */
export function FeedHealthStrip({ feeds }: { feeds: Kpi | undefined }) {
  if (!feeds) return <p className={`${WALL_TEXT.small} text-muted-foreground`}>Feeds: checking…</p>;
  const unhealthy = feeds.rows.map((row) => `${row.label} ${row.note}`).join(" · ");
  return (
    <p aria-label="Feed health" data-status={feeds.status} className={cn(WALL_TEXT.small, "min-w-0 truncate")}>
      <span className={cn("font-semibold", STATUS_STYLE[feeds.status].text)}>
        Feeds {feeds.value ?? 0} {feeds.note}
      </span>
      {unhealthy && <span className="text-muted-foreground"> · {unhealthy}</span>}
    </p>
  );
}
