import { cn } from "@/components/ui/cn";
import { WALLBOARD_PANEL_TITLES, type PlaylistEntry } from "@/lib/domain/wallboard";
import { WALL_TEXT } from "./wall-text";

/** Where the rotation stands: every panel of the playlist, the current one lit. */
export function PlaylistProgress({ entries, index }: { entries: readonly PlaylistEntry[]; index: number }) {
  return (
    <ol aria-label="Playlist" className="flex min-w-0 flex-1 justify-center gap-[2.5vh]">
      {entries.map((entry, i) => (
        <li
          key={entry.panel}
          aria-current={i === index ? "step" : undefined}
          className={cn(WALL_TEXT.small, "border-b-[0.5vh] pb-[0.4vh] whitespace-nowrap", i === index ? "border-primary text-foreground font-semibold" : "text-muted-foreground border-transparent")}
        >
          {WALLBOARD_PANEL_TITLES[entry.panel]}
        </li>
      ))}
    </ol>
  );
}
