import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import type { RouterOutputs } from "@/lib/trpc/router-types";

type FeedHealthState = RouterOutputs["feeds"]["list"][number]["health"]["state"];

const LOOK: Record<FeedHealthState, { label: string; className: string }> = {
  healthy: { label: "Healthy", className: "border-emerald-500/50 bg-emerald-500/15 text-emerald-300" },
  stale: { label: "Stale", className: "border-amber-500/50 bg-amber-500/15 text-amber-300" },
  failing: { label: "Failing", className: "border-red-500/50 bg-red-500/15 text-red-300" },
};

/** Healthy / stale / failing, in words and colour (a disabled feed has no health to show). */
export function FeedHealthBadge({ state, enabled }: { state: FeedHealthState; enabled: boolean }) {
  if (!enabled) return <Badge variant="outline" className="text-muted-foreground">Disabled</Badge>;
  const look = LOOK[state];
  return <Badge variant="outline" className={cn(look.className)}>{look.label}</Badge>;
}
