/** CAP 1.2 severities, most severe first. */
export const ALERT_SEVERITIES = ["extreme", "severe", "moderate", "minor"] as const;
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];

export const ALERT_STATUSES = ["open", "acknowledged", "resolved"] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];
