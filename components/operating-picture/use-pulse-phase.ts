"use client";

import { useEffect, useState, useSyncExternalStore } from "react";

const PERIOD_MS = 1600;
/** About 12 updates a second is smooth enough for a fading ring and spares software-rendered screens. */
const FRAME_MS = 80;
/** With reduced motion the ring stands still, drawn where a pulse is clearly visible. */
const STILL_PHASE = 0.3;

const REDUCED_MOTION = "(prefers-reduced-motion: reduce)";

function subscribeReducedMotion(onChange: () => void) {
  const query = window.matchMedia(REDUCED_MOTION);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

/** Whether the person asked their system for less motion (WCAG 2.3.3): an animation must then hold still. */
function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(
    subscribeReducedMotion,
    () => window.matchMedia(REDUCED_MOTION).matches,
    () => false,
  );
}

/**
 * A 0..1 phase that cycles while `active`, for the pulse around new P1 incidents; 0 otherwise.
 * Every phase redraws the whole map, so the animation runs only while there is something to pulse.
 */
export function usePulsePhase(active: boolean): number {
  const reducedMotion = usePrefersReducedMotion();
  const animate = active && !reducedMotion;
  const [phase, setPhase] = useState(0);
  useEffect(() => {
    if (!animate) return;
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
  }, [animate]);
  if (!active) return 0;
  return reducedMotion ? STILL_PHASE : phase;
}
