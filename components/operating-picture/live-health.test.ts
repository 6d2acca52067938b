import { describe, expect, it } from "vitest";
import { INITIAL_LIVE_HEALTH, liveUpTo, markLive, markLost } from "./live-health";

describe("live health", () => {
  it("is connecting until the first start, live after, and reconnecting once lost", () => {
    expect(markLost(INITIAL_LIVE_HEALTH, 5).state).toBe("connecting");
    const live = markLive(10);
    const lost = markLost(live, 20);
    expect(lost).toEqual({ state: "reconnecting", lastLiveMs: 20 });
    // A second failed attempt keeps the moment it was last live.
    expect(markLost(lost, 30)).toEqual({ state: "reconnecting", lastLiveMs: 20 });
    expect(markLive(40).state).toBe("live");
  });

  it("counts a flowing stream as up to date now, a lost one as of when it was lost", () => {
    expect(liveUpTo(markLive(10), 99)).toBe(99);
    expect(liveUpTo(markLost(markLive(10), 20), 99)).toBe(20);
    expect(liveUpTo(INITIAL_LIVE_HEALTH, 99)).toBeNull();
  });
});
