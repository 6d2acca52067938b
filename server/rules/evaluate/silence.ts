/** Silence rules: a sensor or feed that has reported nothing for longer than a multiple of its cadence. */
import type { Finding, Firing, Subject } from "../findings";
import { sensorPlace, sensorSubject, type SensorFacts } from "./sensor-facts";
import type { RuleHead } from "./threshold";

export interface FeedFacts {
  id: string;
  agencyId: string;
  name: string;
  intervalS: number;
  enabled: boolean;
  lastSuccessAt: Date | null;
  lastMessageAt: Date | null;
  lastError: string | null;
  lastErrorAt: Date | null;
}

/** "45 s", "12 min", "3 h 5 min". */
export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 120) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 120) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** When a pass judges, and since when CityDeck has been listening (null: as long as anything was heard). */
export interface SilenceClock {
  now: number;
  listeningSince: number | null;
}

interface Silence extends SilenceClock {
  lastHeard: Date;
  expectedEveryS: number;
  multiple: number;
}

/**
 * Silent from `lastHeard + multiple × cadence`; that instant is the alert's start. Time before
 * CityDeck started listening does not count, as Nagios's freshness checks count from program
 * start: after a restart every sensor would look silent for the downtime (hundreds of alerts at
 * once), and what the broker queued meanwhile may still be on its way. Until the limit has also
 * passed since then, the verdict is "can't tell yet": an alert already open stays open.
 */
function judgeSilent({ lastHeard, expectedEveryS, multiple, now, listeningSince }: Silence): "clear" | "hold" | number {
  const limitMs = multiple * expectedEveryS * 1000;
  if (now <= lastHeard.getTime() + limitMs) return "clear";
  const silentFrom = Math.max(lastHeard.getTime(), listeningSince ?? -Infinity) + limitMs;
  return now > silentFrom ? silentFrom : "hold";
}

const silenceText = ({ lastHeard, expectedEveryS, now }: Silence) =>
  `Nothing received for ${formatDuration(now - lastHeard.getTime())} (expected every ${formatDuration(expectedEveryS * 1000)}).`;

interface Silent {
  subject: Subject;
  name: string;
  silence: Silence;
  clearReason: string;
  /** Said after how long it has been silent (a feed's last error). */
  detail?: string;
  place: Pick<Firing, "area" | "areaDesc" | "sensorKind">;
}

/** Fires from the moment the silence passed the limit; clears as soon as anything arrives. */
function judgeSilence(rule: RuleHead, { subject, name, silence, clearReason, detail = "", place }: Silent): Finding {
  const since = judgeSilent(silence);
  if (since === "clear") return { verdict: "clear", subject, reason: clearReason };
  if (since === "hold") return { verdict: "hold", subject };
  return {
    verdict: "fire",
    subject,
    severity: rule.severity,
    since: new Date(since),
    continuing: false,
    title: `${rule.name}: ${name}`,
    description: `${silenceText(silence)}${detail}`,
    ...place,
  };
}

/** A sensor that has never reported is not in service yet: nothing to say about it. */
export function evaluateSensorSilence(rule: RuleHead, multiple: number, sensor: SensorFacts, clock: SilenceClock): Finding {
  const subject = sensorSubject(sensor);
  if (!sensor.latestAt) return { verdict: "hold", subject };
  const silence = { lastHeard: sensor.latestAt, expectedEveryS: sensor.cadenceS, multiple, ...clock };
  return judgeSilence(rule, { subject, name: sensor.name, silence, clearReason: "Reporting again.", place: sensorPlace(sensor) });
}

/** A feed that never worked yet has no baseline (it may still be starting); a disabled one is not expected to report. */
export function evaluateFeedSilence(rule: RuleHead, multiple: number, feed: FeedFacts, clock: SilenceClock): Finding {
  const subject = { kind: "feed" as const, id: feed.id, agencyId: feed.agencyId };
  if (!feed.enabled) return { verdict: "clear", subject, reason: "The feed was disabled." };
  const heard = [feed.lastSuccessAt, feed.lastMessageAt].filter((d): d is Date => d !== null);
  if (heard.length === 0) return { verdict: "hold", subject };
  const lastHeard = new Date(Math.max(...heard.map((d) => d.getTime())));
  const failing = feed.lastErrorAt && feed.lastErrorAt > lastHeard ? ` Failing: ${feed.lastError ?? "unknown error"}` : "";
  return judgeSilence(rule, {
    subject,
    name: feed.name,
    silence: { lastHeard, expectedEveryS: feed.intervalS, multiple, ...clock },
    clearReason: "Receiving data again.",
    detail: failing,
    place: { area: null, areaDesc: feed.name, sensorKind: null },
  });
}
