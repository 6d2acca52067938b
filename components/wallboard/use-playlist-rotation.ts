"use client";

import { useEffect, useState } from "react";
import type { PlaylistEntry } from "@/lib/domain/wallboard";

/**
 * The playlist entry on the wall now. One timer at a time: each panel's dwell starts when it
 * comes up, and a paused wall (an interrupt holds it) resumes on the same panel with a fresh dwell.
 */
export function usePlaylistRotation(entries: readonly PlaylistEntry[], paused: boolean): { current: PlaylistEntry; index: number } {
  const [position, setPosition] = useState(0);
  const index = position % entries.length;
  const dwellMs = entries[index]!.dwellS * 1000;
  useEffect(() => {
    if (paused) return;
    const timer = setTimeout(() => setPosition((p) => (p + 1) % entries.length), dwellMs);
    return () => clearTimeout(timer);
  }, [position, dwellMs, entries.length, paused]);
  return { current: entries[index]!, index };
}
