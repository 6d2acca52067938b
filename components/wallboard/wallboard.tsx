"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { WALLBOARD_PANEL_TITLES, type PlaylistEntry } from "@/lib/domain/wallboard";
import { useNow } from "@/components/incidents/use-now";
import { cn } from "@/components/ui/cn";
import { useTRPC } from "@/lib/trpc/client";
import { ConnectionStatus } from "./connection-status";
import { FeedHealthStrip } from "./feed-health-strip";
import { InterruptOverlay } from "./interrupt-overlay";
import { KpiPanel } from "./kpi-panel";
import { OverviewPanel } from "./overview-panel";
import { PlaylistProgress } from "./playlist-progress";
import { SoundPrompt } from "./sound-prompt";
import { usePlaylistRotation } from "./use-playlist-rotation";
import { usePriorityInterrupt } from "./use-priority-interrupt";
import { KPI_REFRESH_MS, useWallKpis, type KpiPanelName, type WallPanelData } from "./use-wall-kpis";
import { useWallLive } from "./use-wall-live";
import { playChime } from "./wall-audio";
import { WallClock } from "./wall-clock";
import { WALL_TEXT } from "./wall-text";

/** A supervisor's playlist change reaches the walls within a minute. */
const SETTINGS_POLL_MS = 60_000;
/** The overview's headline figures, one per area, by KPI id. */
const OVERVIEW_HEADLINES = ["open-incidents", "dispatch-within-60s", "matatus-in-service", "corridor-speed", "air-quality", "street-lights-out"];

/** The kiosk wallboard: waits for its settings, then runs the playlist. `signedInAs` names the screen (a display token's name). */
export function Wallboard({ signedInAs }: { signedInAs: string }) {
  const trpc = useTRPC();
  const settings = useQuery({ ...trpc.wallboard.settings.queryOptions(), refetchInterval: SETTINGS_POLL_MS });
  if (!settings.data) {
    return (
      <main className={`${WALL_TEXT.title} grid h-dvh place-items-center`} role={settings.isError ? "alert" : undefined}>
        {settings.isError ? `The wallboard could not start: ${settings.error.message}` : "Starting the wallboard…"}
      </main>
    );
  }
  return <WallboardScreen signedInAs={signedInAs} playlist={settings.data.playlist} timezone={settings.data.timezone} interruptHoldS={settings.data.interruptHoldS} />;
}

interface WallboardScreenProps {
  signedInAs: string;
  playlist: readonly PlaylistEntry[];
  timezone: string;
  interruptHoldS: number;
}

function WallboardScreen({ signedInAs, playlist, timezone, interruptHoldS }: WallboardScreenProps) {
  const trpc = useTRPC();
  // One clock for the whole wall: the time shown, ages, staleness and interrupt holds all read it.
  const now = useNow(1000);
  const panels: Record<KpiPanelName, WallPanelData | undefined> = {
    emergency: useWallKpis("emergency").data,
    transport: useWallKpis("transport").data,
    environment: useWallKpis("environment").data,
    utilities: useWallKpis("utilities").data,
  };
  const feeds = useQuery({ ...trpc.kpis.feedHealth.queryOptions(), refetchInterval: KPI_REFRESH_MS });
  const interrupt = usePriorityInterrupt(interruptHoldS, now);
  const connection = useWallLive(interrupt.pollFailing);
  const { current, index } = usePlaylistRotation(playlist, interrupt.shown !== null);

  const shownId = interrupt.shown?.id;
  useEffect(() => {
    if (shownId) playChime();
  }, [shownId]);

  const allKpis = Object.values(panels).flatMap((panel) => panel?.kpis ?? []);
  const headlines = OVERVIEW_HEADLINES.flatMap((id) => allKpis.find((kpi) => kpi.id === id) ?? []);
  const panel = current.panel === "overview" ? null : panels[current.panel];
  const hasOverview = playlist.some((entry) => entry.panel === "overview");

  return (
    <div className="flex h-dvh flex-col gap-[1.6vh] overflow-hidden p-[2vh]">
      <header className="flex items-center gap-[3vh]">
        <div className="min-w-[28vw]">
          <p className={`${WALL_TEXT.small} text-muted-foreground truncate`}>CityDeck · Nairobi · {signedInAs}</p>
          <h1 className={WALL_TEXT.title}>{WALLBOARD_PANEL_TITLES[current.panel]}</h1>
        </div>
        <PlaylistProgress entries={playlist} index={index} />
        <ConnectionStatus connection={connection} />
        <WallClock now={now} timezone={timezone} />
      </header>
      <main aria-label="City wallboard" data-panel={current.panel} className="relative min-h-0 flex-1">
        {/* The overview stays mounted between its turns: one map for the wall's whole life, not a new WebGL context every rotation. */}
        {hasOverview && (
          <div className={cn("absolute inset-0", current.panel !== "overview" && "invisible")} aria-hidden={current.panel !== "overview"}>
            <OverviewPanel headlines={headlines} now={now} />
          </div>
        )}
        {current.panel === "overview" ? null : panel ? (
          <KpiPanel kpis={panel.kpis} observed={panel.observed} now={now} />
        ) : (
          <p className={`${WALL_TEXT.title} text-muted-foreground grid h-full place-items-center`}>Loading {WALLBOARD_PANEL_TITLES[current.panel].toLowerCase()} figures…</p>
        )}
      </main>
      <footer className="flex items-center justify-between gap-[3vh]">
        <FeedHealthStrip feeds={feeds.data} />
        <SoundPrompt />
      </footer>
      {interrupt.shown && <InterruptOverlay interrupt={interrupt.shown} waiting={interrupt.waiting} remainingS={interrupt.remainingS} now={now} />}
    </div>
  );
}
