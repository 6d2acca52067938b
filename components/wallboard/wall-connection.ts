export type WallConnection = "connecting" | "live" | "lost";

export interface ConnectionSignals {
  /** The live stream's state, as tRPC's useSubscription reports it ("pending" is connected). */
  stream: "idle" | "connecting" | "pending" | "error";
  /** The stream is retrying after losing its connection. */
  streamFailed: boolean;
  /** The browser believes it has a network. */
  online: boolean;
  /** The wall's own polls are failing: the server does not answer, whatever the stream says. */
  pollsFailing: boolean;
}

/**
 * What the wall says about its link to the city. A stream can look connected while the network
 * under it is gone, so the browser's offline signal and failing polls count as lost too.
 */
export function wallConnection({ stream, streamFailed, online, pollsFailing }: ConnectionSignals): WallConnection {
  if (!online || pollsFailing || stream === "error" || streamFailed) return "lost";
  return stream === "pending" ? "live" : "connecting";
}
