/** Whether the live stream is flowing, as the operator needs to know it. */
export interface LiveHealth {
  state: "connecting" | "live" | "reconnecting";
  /** When the stream was last known to be flowing; null before it ever was. */
  lastLiveMs: number | null;
}

export const INITIAL_LIVE_HEALTH: LiveHealth = { state: "connecting", lastLiveMs: null };

/** The stream (re)started or delivered a frame. */
export const markLive = (nowMs = Date.now()): LiveHealth => ({ state: "live", lastLiveMs: nowMs });

/** The connection dropped: the link is reconnecting by itself (from the last frame's seq). */
export const markLost = (health: LiveHealth, nowMs = Date.now()): LiveHealth =>
  health.state === "live" ? { state: "reconnecting", lastLiveMs: nowMs } : { ...health, state: health.lastLiveMs === null ? "connecting" : "reconnecting" };

/** The newest moment a live layer is known to be complete: now while flowing, else when it stopped. */
export const liveUpTo = (health: LiveHealth, nowMs: number): number | null => (health.state === "live" ? nowMs : health.lastLiveMs);
