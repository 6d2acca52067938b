"use client";

import { useState } from "react";
import { INITIAL_LIVE_HEALTH, markLive, markLost, type LiveHealth } from "@/components/operating-picture/live-health";

/**
 * Whether a live.onChange subscription is flowing: spread `handlers` into its options and call
 * `frameArrived` from onData. The link reconnects (and resumes from its last seq) by itself;
 * this only says so to the user.
 */
export function useLiveHealth() {
  const [health, setHealth] = useState<LiveHealth>(INITIAL_LIVE_HEALTH);
  const lost = () => setHealth((current) => markLost(current));
  return {
    health,
    frameArrived: () => setHealth((current) => (current.state === "live" ? current : markLive())),
    handlers: {
      onStarted: () => setHealth(markLive()),
      onConnectionStateChange: (connection: { state: string; error: unknown }) => {
        if (connection.state === "connecting" && connection.error) lost();
      },
      onError: lost,
    },
  };
}
