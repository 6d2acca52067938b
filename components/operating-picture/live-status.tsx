import type { TRPCSubscriptionStatus } from "@trpc/tanstack-react-query";
import { cn } from "@/components/ui/cn";

const STATUS_TEXT: Record<TRPCSubscriptionStatus, string> = {
  idle: "Loading",
  connecting: "Connecting",
  pending: "Live",
  error: "Reconnecting",
};

/** Whether the map is receiving changes as they happen; "pending" is tRPC's name for connected. */
export function LiveStatus({ status }: { status: TRPCSubscriptionStatus }) {
  return (
    <span role="status" className="text-muted-foreground inline-flex items-center gap-1.5 text-xs">
      <span
        aria-hidden
        className={cn("size-2 rounded-full", status === "pending" ? "bg-emerald-400" : status === "error" ? "bg-red-400" : "bg-amber-400")}
      />
      {STATUS_TEXT[status]}
    </span>
  );
}
