import { cn } from "@/components/ui/cn";
import type { LiveHealth } from "./live-health";

const STATE_STYLE: Record<LiveHealth["state"], { text: string; dot: string }> = {
  connecting: { text: "Connecting", dot: "bg-amber-400" },
  live: { text: "Live", dot: "bg-emerald-400" },
  reconnecting: { text: "Reconnecting…", dot: "bg-red-400 animate-pulse" },
};

/** Whether the map is receiving changes as they happen, and says so when the connection drops. */
export function LiveStatus({ health }: { health: LiveHealth }) {
  const style = STATE_STYLE[health.state];
  return (
    <span role="status" className={cn("inline-flex items-center gap-1.5 text-xs", health.state === "reconnecting" ? "text-red-300" : "text-muted-foreground")}>
      <span aria-hidden className={cn("size-2 rounded-full", style.dot)} />
      {style.text}
    </span>
  );
}
