import { z } from "zod";

/** Topics of the live stream; each is one state table whose rows carry `seq`. */
export const LIVE_TOPICS = ["incidents", "units", "vehicles", "sensors", "alerts", "feeds"] as const;
export type LiveTopic = (typeof LIVE_TOPICS)[number];

/** The NOTIFY channel every live write wakes up. */
export const LIVE_CHANNEL = "citydeck_live";

export const OnChangeInput = z.object({
  topics: z.array(z.enum(LIVE_TOPICS)).min(1).default([...LIVE_TOPICS]),
  /** Set by the SSE client on reconnect (tracked event id = seq). */
  lastEventId: z.string().regex(/^\d+$/).nullish(),
});
export type OnChangeInput = z.infer<typeof OnChangeInput>;
