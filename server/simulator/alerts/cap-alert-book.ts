/**
 * The simulated weather service's register of CAP messages. Given the hazards as they stand,
 * it issues an Alert for a new hazard, an Update (referencing the previous message) when what
 * it says changes or before the last message expires, and a Cancel when the hazard has passed.
 * The feed shows the last day's messages, so a receiver that polls late still sees the chain.
 */
import type { CapAlert, CapInfo } from "@/server/feeds/cap/cap-types";
import type { HazardNotice, HazardState } from "./hazard-notice";

const FEED_WINDOW_MS = 24 * 3_600_000;
const FEED_MAX_MESSAGES = 200;

export interface CapSenderIdentity {
  /** CAP <sender>: no spaces, commas, "<" or "&". */
  sender: string;
  senderName: string;
  /** Makes identifiers unique across restarts: the run's start, say. */
  runTag: string;
}

export class CapAlertBook {
  private readonly active = new Map<string, { notice: HazardNotice; last: CapAlert }>();
  private messages: CapAlert[] = [];
  private issued = 0;

  constructor(private readonly identity: CapSenderIdentity) {}

  isActive(key: string): boolean {
    return this.active.has(key);
  }

  /**
   * Brings the register up to date at wall-clock `now`. Hazards not listed keep their alert;
   * a state with no notice cancels it. `validForMs` is how long a message stays valid.
   */
  apply(states: readonly HazardState[], now: Date, validForMs: number): void {
    const sent = new Date(Math.floor(now.getTime() / 1000) * 1000);
    const expires = new Date(sent.getTime() + validForMs);
    for (const { key, notice } of states) {
      const current = this.active.get(key);
      if (notice && !current) this.issue(key, notice, "Alert", sent, expires);
      else if (notice && current && (saysSomethingNew(current.notice, notice) || sent >= halfLife(current.last))) {
        this.issue(key, notice, "Update", sent, expires, current.last);
      } else if (!notice && current) {
        this.issue(key, cancelled(current.notice), "Cancel", sent, expires, current.last);
        this.active.delete(key);
      }
    }
    this.messages = this.messages.filter((message) => now.getTime() - message.sent.getTime() <= FEED_WINDOW_MS).slice(-FEED_MAX_MESSAGES);
  }

  /** The messages of the last day, newest first. */
  feed(): CapAlert[] {
    return this.messages.toReversed();
  }

  private issue(key: string, notice: HazardNotice, msgType: CapAlert["msgType"], sent: Date, expires: Date, previous?: CapAlert): void {
    this.issued++;
    const alert: CapAlert = {
      identifier: `${this.identity.sender}.${this.identity.runTag}.${String(this.issued).padStart(4, "0")}`,
      sender: this.identity.sender,
      sent,
      status: "Actual",
      msgType,
      scope: "Public",
      references: previous ? [{ sender: previous.sender, identifier: previous.identifier, sent: previous.sent }] : [],
      info: [info(notice, this.identity.senderName, sent, expires)],
    };
    this.messages.push(alert);
    if (msgType !== "Cancel") this.active.set(key, { notice, last: alert });
  }
}

function info(notice: HazardNotice, senderName: string, onset: Date, expires: Date): CapInfo {
  return {
    language: "en-KE",
    category: notice.category,
    event: notice.event,
    responseType: notice.responseType,
    urgency: notice.urgency,
    severity: notice.severity,
    certainty: notice.certainty,
    onset,
    expires,
    senderName,
    headline: notice.headline,
    description: notice.description,
    instruction: notice.instruction,
    areas: notice.areas,
  };
}

/** Readings in the description change every minute; an Update is for a change of substance. */
function saysSomethingNew(before: HazardNotice, now: HazardNotice): boolean {
  const gist = (notice: HazardNotice) =>
    JSON.stringify([notice.severity, notice.urgency, notice.certainty, notice.headline, notice.areas.map((area) => area.areaDesc)]);
  return gist(before) !== gist(now);
}

/** Halfway to expiry: time to restate an alert that is still true. */
function halfLife(alert: CapAlert): Date {
  const expires = alert.info[0]?.expires ?? alert.sent;
  return new Date((alert.sent.getTime() + expires.getTime()) / 2);
}

function cancelled(notice: HazardNotice): HazardNotice {
  return {
    ...notice,
    responseType: ["AllClear"],
    urgency: "Past",
    severity: "Minor",
    certainty: "Observed",
    headline: `All clear: ${notice.event.toLowerCase()} has ended`,
    description: `The ${notice.event.toLowerCase()} issued earlier is cancelled: conditions are back to normal.`,
    instruction: "No further action is needed.",
  };
}
