import { describe, expect, it } from "vitest";
import { evaluateFeedSilence, evaluateSensorSilence, formatDuration, type FeedFacts } from "./silence";
import { sensorFacts, T0 } from "./testing";

const rule = { name: "Sensor silent", severity: "minor" as const };
const feed: FeedFacts = {
  id: "kmd-cap",
  agencyId: "environment",
  name: "Weather warnings",
  intervalS: 60,
  enabled: true,
  lastSuccessAt: new Date(T0),
  lastMessageAt: null,
  lastError: null,
  lastErrorAt: null,
};

/** A pass at `now` of an engine listening all along. */
const at = (now: number) => ({ now, listeningSince: null });

describe("silence rules", () => {
  it("fires only after more than five times the cadence, from the moment it became silent", () => {
    const sensor = sensorFacts({ latestAt: new Date(T0) });
    expect(evaluateSensorSilence(rule, 5, sensor, at(T0 + 300_000)).verdict).toBe("clear");
    expect(evaluateSensorSilence(rule, 5, sensor, at(T0 + 300_001))).toMatchObject({
      verdict: "fire",
      since: new Date(T0 + 300_000),
      description: "Nothing received for 5 min (expected every 60 s).",
    });
  });

  it("counts no silence from before CityDeck started listening, and keeps an alert it cannot judge yet", () => {
    const sensor = sensorFacts({ latestAt: new Date(T0) });
    // Restarted an hour after the last reading: the first five minutes it cannot tell.
    const restart = T0 + 3_600_000;
    expect(evaluateSensorSilence(rule, 5, sensor, { now: restart + 60_000, listeningSince: restart }).verdict).toBe("hold");
    expect(evaluateSensorSilence(rule, 5, sensor, { now: restart + 300_001, listeningSince: restart })).toMatchObject({
      verdict: "fire",
      since: new Date(restart + 300_000),
      description: "Nothing received for 65 min (expected every 60 s).",
    });
    // Heard since the restart: clear as ever.
    expect(evaluateSensorSilence(rule, 5, sensorFacts({ latestAt: new Date(restart + 10_000) }), { now: restart + 60_000, listeningSince: restart }).verdict).toBe("clear");
  });

  it("says nothing about a sensor that never reported", () => {
    expect(evaluateSensorSilence(rule, 5, sensorFacts(), at(T0)).verdict).toBe("hold");
  });

  it("names a failing feed's last error, and clears a disabled feed", () => {
    const failing = { ...feed, lastError: "HTTP 503", lastErrorAt: new Date(T0 + 500_000) };
    expect(evaluateFeedSilence(rule, 5, failing, at(T0 + 600_000))).toMatchObject({
      verdict: "fire",
      description: "Nothing received for 10 min (expected every 60 s). Failing: HTTP 503",
      area: null,
    });
    expect(evaluateFeedSilence(rule, 5, { ...failing, enabled: false }, at(T0 + 600_000)).verdict).toBe("clear");
    expect(evaluateFeedSilence(rule, 5, { ...feed, lastSuccessAt: null }, at(T0)).verdict).toBe("hold");
  });

  it("formats durations for people", () => {
    expect(formatDuration(45_000)).toBe("45 s");
    expect(formatDuration(125 * 60_000)).toBe("2 h 5 min");
  });
});
