import type { TRPCSubscriptionStatus } from "@trpc/tanstack-react-query";

/** "pending" is tRPC's name for a connected subscription. */
const TEXT: Record<TRPCSubscriptionStatus, string> = { idle: "Loading", connecting: "Connecting", pending: "Live", error: "Reconnecting" };

export function LiveIndicator({ status }: { status: TRPCSubscriptionStatus }) {
  return (
    <span role="status" aria-label={`Live updates: ${TEXT[status]}`} className="text-muted-foreground inline-flex items-center gap-1.5 text-xs">
      <span aria-hidden className={`size-2 rounded-full ${status === "pending" ? "bg-emerald-400" : status === "error" ? "bg-red-400" : "bg-amber-400"}`} />
      {TEXT[status]}
    </span>
  );
}
