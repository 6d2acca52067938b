"use client";

import dynamic from "next/dynamic";
import { useMemo } from "react";
import type { WallboardInterrupt } from "@/lib/domain/wallboard";
import { formatAgo } from "@/components/incidents/format-age";
import { WALL_TEXT } from "./wall-text";

const WallboardMap = dynamic(() => import("./wallboard-map"), { ssr: false });

const NONE: never[] = [];

interface InterruptOverlayProps {
  interrupt: WallboardInterrupt;
  /** How many interrupts are open in all (this one included). */
  waiting: number;
  remainingS: number;
  now: Date;
}

/** A P1 or an extreme alert takes the whole wall: what, where (on a map), since when, and how the playlist comes back. */
export function InterruptOverlay({ interrupt, waiting, remainingS, now }: InterruptOverlayProps) {
  const { id, lon, lat, incidentType } = interrupt;
  const marker = useMemo(() => (lon !== null && lat !== null ? [{ id, lon, lat, priority: 1, type: incidentType ?? "other" }] : NONE), [id, lon, lat, incidentType]);
  const focus = marker[0] ?? null;
  return (
    <div role="alert" aria-label="Priority interrupt" data-interrupt={interrupt.id} className="fixed inset-0 z-50 grid grid-cols-2 bg-red-950 text-white">
      <div className="flex min-w-0 flex-col justify-center gap-[3vh] p-[6vh]">
        <p className={`${WALL_TEXT.title} tracking-wide text-red-300 uppercase`}>Priority interrupt</p>
        <p className="text-[11vh] leading-none font-black">{interrupt.headline}</p>
        <p className="text-[5vh] leading-tight font-semibold">{interrupt.title}</p>
        {interrupt.place && <p className="text-[4vh] leading-tight">{interrupt.place}</p>}
        <p className={WALL_TEXT.body}>Reported {formatAgo(interrupt.at, now)}</p>
        <p className={`${WALL_TEXT.small} text-red-200`}>
          Acknowledge it from a dispatcher console · the playlist resumes in {remainingS} s{waiting > 1 ? ` · ${waiting - 1} more waiting` : ""}
        </p>
      </div>
      <div className="relative border-l-[0.6vh] border-red-500">
        {focus ? (
          <WallboardMap label="Where it is" incidents={marker} units={NONE} sensors={NONE} focus={focus} nowMs={0} />
        ) : (
          <p className={`${WALL_TEXT.body} grid h-full place-items-center`}>No location given</p>
        )}
      </div>
    </div>
  );
}
