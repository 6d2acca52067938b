"use client";

import { useEffect, useState } from "react";

const PERIOD_MS = 1600;
/** About 20 updates a second is smooth for a fading ring and spares software-rendered screens. */
const FRAME_MS = 50;

/** A 0..1 phase that cycles while `active`, for the pulse around new P1 incidents; 0 otherwise. */
export function usePulsePhase(active: boolean): number {
  const [phase, setPhase] = useState(0);
  useEffect(() => {
    if (!active) return;
    let frame = 0;
    let last = 0;
    const tick = (time: number) => {
      if (time - last >= FRAME_MS) {
        last = time;
        setPhase((time % PERIOD_MS) / PERIOD_MS);
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [active]);
  return active ? phase : 0;
}
