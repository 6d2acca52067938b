"use client";

import { useCallback } from "react";
import type { AlertSeverity } from "@/lib/domain/alerts";

/**
 * Plays the alert tone for a severity (public/sounds, made with sox). Browsers refuse sound
 * before the person has interacted with the page; then the toast alone has to do.
 */
export function useAlertSound() {
  return useCallback((severity: AlertSeverity) => {
    const probe = document.createElement("audio");
    const extension = probe.canPlayType("audio/ogg; codecs=vorbis") ? "ogg" : "wav";
    const tone = severity === "extreme" ? "extreme" : "severe";
    new Audio(`/sounds/alert-${tone}.${extension}`).play().catch(() => {});
  }, []);
}
