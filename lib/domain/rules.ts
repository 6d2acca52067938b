/**
 * Alert rules are data: a kind, parameters validated here per kind, a severity. The server's
 * rules engine (server/rules) evaluates them; the rule editor builds them from these schemas.
 *
 * Sensor rules read the one-minute rollups (readings_1m): "above X for N minutes" means every
 * one-minute average of the last N minutes was above X; a rule without a duration judges the
 * latest reading.
 */
import { z } from "zod";
import { ALERT_SEVERITIES, type AlertKind } from "./alerts";
import { SENSOR_KINDS } from "./sensors";

export const RULE_KINDS = ["threshold", "rate_of_change", "geofence", "silence"] as const;
export type RuleKind = (typeof RULE_KINDS)[number];
/** Alerts a rule opens carry its kind as their source: every rule kind must be an alert kind. */
const _ruleKindsAreAlertKinds: readonly AlertKind[] = RULE_KINDS;

export const RULE_KIND_LABELS: Record<RuleKind, string> = {
  threshold: "Threshold",
  rate_of_change: "Rate of change",
  geofence: "Geofence",
  silence: "Silence",
};

/** River gauges carry these stages in their config (sensors.config.floodStagesM). */
export const FLOOD_STAGES = ["action", "minor", "moderate", "major"] as const;
export type FloodStage = (typeof FLOOD_STAGES)[number];

const sensorIds = z.array(z.string().min(1).max(80)).max(500).optional();
const minutes = (max: number) => z.number().int().min(0).max(max);
const finite = z.number().finite();

/** A fixed value in the sensor's unit, or the gauge's own flood stage. */
export const ThresholdLimit = z.union([z.object({ value: finite }).strict(), z.object({ floodStage: z.enum(FLOOD_STAGES) }).strict()]);
export type ThresholdLimit = z.infer<typeof ThresholdLimit>;

/** "HH:MM" local time at a fixed UTC offset ("+03:00"); from > to means the window spans midnight. */
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use HH:MM, 24-hour.");
export const ActiveWindow = z
  .object({ from: clockTime, to: clockTime, utcOffset: z.string().regex(/^[+-]\d{2}:\d{2}$/, "Use an offset like +03:00.") })
  .refine((w) => w.from !== w.to, "The window must not start where it ends.");
export type ActiveWindow = z.infer<typeof ActiveWindow>;

export const ThresholdParams = z
  .object({
    sensorKind: z.enum(SENSOR_KINDS),
    /** Only these sensors; all of the kind when absent. */
    sensorIds,
    direction: z.enum(["above", "below"]),
    limit: ThresholdLimit,
    /** How long every one-minute average must have crossed the limit. */
    forMinutes: minutes(1440),
    /** Hysteresis: an open alert clears only once the average is this far back on the safe side. */
    clearMargin: z.number().finite().min(0).default(0),
    /** ...and has stayed there this long, so a value hovering at the limit does not flap. */
    clearForMinutes: minutes(1440).default(0),
    /** Higher limits that raise the severity of the same alert (e.g. the next flood stage). */
    escalations: z.array(z.object({ limit: ThresholdLimit, severity: z.enum(ALERT_SEVERITIES) }).strict()).max(4).default([]),
    /** Only watched inside this local time window (street lights at night); outside it the alert clears. */
    activeWindow: ActiveWindow.optional(),
  })
  .strict();
export type ThresholdParams = z.infer<typeof ThresholdParams>;

export const RateOfChangeParams = z
  .object({
    sensorKind: z.enum(SENSOR_KINDS),
    sensorIds,
    direction: z.enum(["rising", "falling"]),
    /** Fires when the value moved at least this much (sensor unit)... */
    change: z.number().finite().positive(),
    /** ...within this many minutes. */
    perMinutes: z.number().int().min(1).max(1440),
    /** Clears once the change over the same span is back under this; half of `change` when absent. */
    clearChange: z.number().finite().min(0).optional(),
  })
  .strict()
  .refine((p) => p.clearChange === undefined || p.clearChange < p.change, { message: "The clearing change must be smaller than the firing change.", path: ["clearChange"] });
export type RateOfChangeParams = z.infer<typeof RateOfChangeParams>;

export const GEOFENCE_SUBJECTS = ["unit", "vehicle", "incident"] as const;
export type GeofenceSubject = (typeof GEOFENCE_SUBJECTS)[number];

const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
/** A drawn zone: one closed ring of at least three corners, [lon, lat] like GeoJSON. */
export const ZonePolygon = z.object({
  type: z.literal("Polygon"),
  coordinates: z
    .array(z.array(lonLat).min(4).max(1000))
    .length(1, "Draw one outer ring without holes.")
    .refine(([ring]) => ring !== undefined && ring[0]![0] === ring.at(-1)![0] && ring[0]![1] === ring.at(-1)![1], "The ring must end where it starts."),
});

export const GeofenceZone = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("ward"), wardCode: z.string().min(1).max(16) }).strict(),
  z.object({ kind: z.literal("polygon"), name: z.string().trim().min(1).max(80), polygon: ZonePolygon }).strict(),
  /** The area of an incoming CAP alert (a weather warning): while that alert is open. */
  z.object({ kind: z.literal("cap_area"), alertId: z.uuid() }).strict(),
]);
export type GeofenceZone = z.infer<typeof GeofenceZone>;

export const GeofenceParams = z
  .object({
    subjects: z.array(z.enum(GEOFENCE_SUBJECTS)).min(1).max(GEOFENCE_SUBJECTS.length),
    zone: GeofenceZone,
    /** enter: alert while a subject is inside; leave: alert once a subject seen inside is outside. */
    trigger: z.enum(["enter", "leave"]),
  })
  .strict();
export type GeofenceParams = z.infer<typeof GeofenceParams>;

export const SilenceParams = z.discriminatedUnion("subject", [
  z
    .object({
      subject: z.literal("sensor"),
      sensorKind: z.enum(SENSOR_KINDS).optional(),
      /** Silent once nothing arrived for this many times the sensor's cadence. */
      multiple: z.number().finite().min(1).max(1000),
    })
    .strict(),
  /** A feed is silent (or failing) once it had no success for this many times its interval. */
  z.object({ subject: z.literal("feed"), multiple: z.number().finite().min(1).max(1000) }).strict(),
]);
export type SilenceParams = z.infer<typeof SilenceParams>;

export const RULE_PARAMS = {
  threshold: ThresholdParams,
  rate_of_change: RateOfChangeParams,
  geofence: GeofenceParams,
  silence: SilenceParams,
} as const;
export type RuleParams = { [K in RuleKind]: z.infer<(typeof RULE_PARAMS)[K]> };

const ruleName = z.string().trim().min(1).max(120);
const agencyId = z.string().regex(/^[a-z0-9-]{2,40}$/);

/** A rule as the editor sends it: the kind decides which params schema applies. */
export const RuleDefinition = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("threshold"), params: ThresholdParams }),
  z.object({ kind: z.literal("rate_of_change"), params: RateOfChangeParams }),
  z.object({ kind: z.literal("geofence"), params: GeofenceParams }),
  z.object({ kind: z.literal("silence"), params: SilenceParams }),
]);
export type RuleDefinition = z.infer<typeof RuleDefinition>;

const ruleFields = z.object({ name: ruleName, severity: z.enum(ALERT_SEVERITIES) });

export const CreateRuleInput = z.intersection(
  ruleFields.extend({ agencyId: agencyId.optional(), enabled: z.boolean().default(true) }),
  RuleDefinition,
);
export type CreateRuleInput = z.infer<typeof CreateRuleInput>;

/** Edits name the version they started from; someone else's edit in between is a conflict. */
export const UpdateRuleInput = z.intersection(ruleFields.extend({ id: z.string().min(1).max(80), version: z.number().int().positive() }), RuleDefinition);
export type UpdateRuleInput = z.infer<typeof UpdateRuleInput>;

export const SetRuleEnabledInput = z.object({ id: z.string().min(1).max(80), enabled: z.boolean() });
export type SetRuleEnabledInput = z.infer<typeof SetRuleEnabledInput>;

/** What the rule would have done over the last day: only sensor rules keep that much history. */
export const PreviewRuleInput = z.intersection(ruleFields.pick({ severity: true }).extend({ agencyId: agencyId.optional() }), RuleDefinition);
export type PreviewRuleInput = z.infer<typeof PreviewRuleInput>;

export const PREVIEW_HOURS = 24;
