import { cn } from "@/components/ui/cn";
import type { WallConnection } from "./wall-connection";
import { WALL_TEXT } from "./wall-text";

const TEXT: Record<WallConnection, string> = { connecting: "Connecting", live: "Live", lost: "Connection lost · reconnecting" };
const DOT: Record<WallConnection, string> = { connecting: "bg-amber-300", live: "bg-emerald-400", lost: "bg-red-500 animate-pulse" };

/** Whether the wall is receiving the city live; a lost link is loud on purpose. */
export function ConnectionStatus({ connection }: { connection: WallConnection }) {
  return (
    <p role="status" aria-label="Connection" data-connection={connection} className={cn(WALL_TEXT.small, "flex items-center gap-[1vh] font-semibold", connection === "lost" && "text-red-300")}>
      <span aria-hidden className={cn("size-[1.8vh] rounded-full", DOT[connection])} />
      {TEXT[connection]}
    </p>
  );
}
