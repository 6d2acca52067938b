import { z } from "zod";
import { INCIDENT_TYPES, PRIORITIES } from "./incidents";
import { SENSOR_KINDS, type SensorKind } from "./sensors";

/** CAP 1.2 severities, most severe first. */
export const ALERT_SEVERITIES = ["extreme", "severe", "moderate", "minor"] as const;
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];

export const ALERT_STATUSES = ["open", "acknowledged", "resolved"] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

export const ALERT_SEVERITY_LABELS: Record<AlertSeverity, string> = {
  extreme: "Extreme",
  severe: "Severe",
  moderate: "Moderate",
  minor: "Minor",
};

export const ALERT_STATUS_LABELS: Record<AlertStatus, string> = {
  open: "Open",
  acknowledged: "Acknowledged",
  resolved: "Resolved",
};

/** 0 for extreme ... 3 for minor: lower is worse. */
export const severityRank = (severity: AlertSeverity) => ALERT_SEVERITIES.indexOf(severity);
export const isMoreSevere = (a: AlertSeverity, b: AlertSeverity) => severityRank(a) < severityRank(b);

/** Severe and extreme alerts interrupt the operator (toast and sound); the others wait in the inbox. */
export const INTERRUPTING_SEVERITIES: readonly AlertSeverity[] = ["extreme", "severe"];

/**
 * Where an alert came from: one of the rule kinds (the rules engine) or an incoming CAP
 * warning (ingest). Stored in alerts.source; the inbox filters by it as "kind".
 */
export const ALERT_KINDS = ["threshold", "rate_of_change", "geofence", "silence", "cap"] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export const ALERT_KIND_LABELS: Record<AlertKind, string> = {
  threshold: "Threshold",
  rate_of_change: "Rate of change",
  geofence: "Geofence",
  silence: "Silence",
  cap: "CAP warning",
};

/** A user mutes a category for themselves: a kind of alert, or alerts about a kind of sensor. */
export const MUTE_CATEGORY_KINDS = ["alert_kind", "sensor_kind"] as const;
export type MuteCategoryKind = (typeof MUTE_CATEGORY_KINDS)[number];
export type AlertMute = { categoryKind: "alert_kind"; category: AlertKind } | { categoryKind: "sensor_kind"; category: SensorKind };

/** Whether any of `mutes` silences this alert. */
export function isMuted(alert: { source: string; sensorKind: string | null }, mutes: readonly AlertMute[]): boolean {
  return mutes.some((m) => (m.categoryKind === "alert_kind" ? m.category === alert.source : m.category === alert.sensorKind));
}

/** What an alert can be about (alerts.subject_kind): a rule's subject, or an incoming CAP warning. */
export const ALERT_SUBJECT_KINDS = ["sensor", "feed", "unit", "vehicle", "incident", "cap"] as const;
export type AlertSubjectKind = (typeof ALERT_SUBJECT_KINDS)[number];

/** As a sentence names them: "Alerts for sensor …". */
export const ALERT_SUBJECT_KIND_LABELS: Record<AlertSubjectKind, string> = {
  sensor: "sensor",
  feed: "feed",
  unit: "unit",
  vehicle: "matatu",
  incident: "incident",
  cap: "CAP warning",
};

export const AlertSubject = z.object({
  kind: z.enum(ALERT_SUBJECT_KINDS),
  // Sensor ids, uuids and CAP identifiers: visible characters only, never spaces or control codes.
  id: z.string().min(1).max(200).regex(/^[^\s\p{C}]+$/u),
});
export type AlertSubject = z.infer<typeof AlertSubject>;

const alertId = z.uuid();

export const ListAlertsInput = z.object({
  severity: z.array(z.enum(ALERT_SEVERITIES)).optional(),
  status: z.array(z.enum(ALERT_STATUSES)).optional(),
  agencyId: z.array(z.string().regex(/^[a-z0-9-]{2,40}$/)).max(50).optional(),
  kind: z.array(z.enum(ALERT_KINDS)).optional(),
  /** One subject's alerts (its history, when no status is given). */
  subject: AlertSubject.optional(),
  /** One alert; an empty page when it does not exist or is outside the viewer's scope, alike. */
  id: alertId.optional(),
  limit: z.number().int().min(1).max(500).default(100),
  /** Opaque cursor from the previous page's `nextCursor`. */
  cursor: z.string().max(200).optional(),
});
export type ListAlertsInput = z.infer<typeof ListAlertsInput>;

export const AcknowledgeAlertInput = z.object({
  id: alertId,
  comment: z.string().trim().min(1, "Say what you are doing about it.").max(1000),
});
export type AcknowledgeAlertInput = z.infer<typeof AcknowledgeAlertInput>;

export const ResolveAlertInput = z.object({
  id: alertId,
  reason: z.string().trim().min(1, "Say why it is resolved.").max(1000),
});
export type ResolveAlertInput = z.infer<typeof ResolveAlertInput>;

/** Type and priority default from the alert (a flooding gauge makes a flooding incident). */
export const EscalateAlertInput = z.object({
  id: alertId,
  type: z.enum(INCIDENT_TYPES).optional(),
  priority: z.union(PRIORITIES.map((p) => z.literal(p))).optional(),
});
export type EscalateAlertInput = z.infer<typeof EscalateAlertInput>;

export const SetAlertMuteInput = z.intersection(
  z.object({ muted: z.boolean() }),
  z.discriminatedUnion("categoryKind", [
    z.object({ categoryKind: z.literal("alert_kind"), category: z.enum(ALERT_KINDS) }),
    z.object({ categoryKind: z.literal("sensor_kind"), category: z.enum(SENSOR_KINDS) }),
  ]),
);
export type SetAlertMuteInput = z.infer<typeof SetAlertMuteInput>;

/** Who may read an agency's CAP feed of CityDeck's own alerts at /api/cap/alerts.atom. */
export const CAP_FEED_ACCESS = ["off", "public", "token"] as const;
export type CapFeedAccess = (typeof CAP_FEED_ACCESS)[number];

export const CAP_FEED_ACCESS_LABELS: Record<CapFeedAccess, string> = {
  off: "Not published",
  public: "Public: anyone with the link",
  token: "Token: API tokens with the read:cap-feed scope",
};

export const SetCapFeedAccessInput = z.object({
  agencyId: z.string().regex(/^[a-z0-9-]{2,40}$/).optional(),
  access: z.enum(CAP_FEED_ACCESS),
});
export type SetCapFeedAccessInput = z.infer<typeof SetCapFeedAccessInput>;
