import { z } from "zod";
import type { UnitType } from "./units";

export const INCIDENT_TYPES = [
  "road_collision",
  "fire",
  "medical",
  "crime",
  "flooding",
  "hazmat",
  "power",
  "water",
  "other",
] as const;
export type IncidentType = (typeof INCIDENT_TYPES)[number];

export const INCIDENT_STATUSES = [
  "new",
  "dispatched",
  "en_route",
  "on_scene",
  "transporting",
  "cleared",
  "closed",
] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

/** Statuses in which an incident still needs attention. */
export const ACTIVE_INCIDENT_STATUSES = ["new", "dispatched", "en_route", "on_scene", "transporting"] as const;

export const INCIDENT_SOURCES = ["call", "history", "cap", "open311", "sensor_alert", "simulator"] as const;
export type IncidentSource = (typeof INCIDENT_SOURCES)[number];

/** P1 = life threat, immediate; P4 = non-urgent (STANDARDS.md). */
export const PRIORITIES = [1, 2, 3, 4] as const;
export type Priority = (typeof PRIORITIES)[number];

export const INCIDENT_TYPE_LABELS: Record<IncidentType, string> = {
  road_collision: "Road collision",
  fire: "Fire",
  medical: "Medical",
  crime: "Crime",
  flooding: "Flooding",
  hazmat: "Hazmat",
  power: "Power",
  water: "Water",
  other: "Other",
};

export const BoundingBox = z
  .object({
    west: z.number().min(-180).max(180),
    south: z.number().min(-90).max(90),
    east: z.number().min(-180).max(180),
    north: z.number().min(-90).max(90),
  })
  .refine((b) => b.west <= b.east && b.south <= b.north, "bbox must be west<=east and south<=north");

export const ListIncidentsInput = z.object({
  status: z.array(z.enum(INCIDENT_STATUSES)).optional(),
  active: z.boolean().optional(),
  priority: z.array(z.union(PRIORITIES.map((p) => z.literal(p)))).optional(),
  type: z.array(z.enum(INCIDENT_TYPES)).optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
  bbox: BoundingBox.optional(),
  limit: z.number().int().min(1).max(500).default(100),
  /** Opaque cursor from the previous page's `nextCursor`. */
  cursor: z.string().optional(),
});
export type ListIncidentsInput = z.infer<typeof ListIncidentsInput>;

export const INCIDENT_STATUS_LABELS: Record<IncidentStatus, string> = {
  new: "New",
  dispatched: "Dispatched",
  en_route: "En route",
  on_scene: "On scene",
  transporting: "Transporting",
  cleared: "Cleared",
  closed: "Closed",
};

/**
 * What a call of each type needs: the priority the call-taker starts from (they may change it)
 * and the unit types to send, first the one that matters most. The recommendation ranks units of
 * each listed type that the incident does not have yet.
 */
export const INCIDENT_TAXONOMY: Record<IncidentType, { priority: Priority; unitTypes: readonly UnitType[] }> = {
  road_collision: { priority: 2, unitTypes: ["ambulance", "police"] },
  fire: { priority: 1, unitTypes: ["fire", "ambulance"] },
  medical: { priority: 1, unitTypes: ["ambulance"] },
  crime: { priority: 2, unitTypes: ["police"] },
  // Nairobi's County Fire & Rescue Services lead flood rescue; the roads crew clears drains.
  flooding: { priority: 2, unitTypes: ["fire", "roads_crew"] },
  hazmat: { priority: 1, unitTypes: ["fire", "police", "ambulance"] },
  power: { priority: 3, unitTypes: ["power_crew"] },
  water: { priority: 3, unitTypes: ["water_crew"] },
  other: { priority: 4, unitTypes: ["police"] },
};

/** Where an incident came from, as a dispatcher reads it. */
export const INCIDENT_SOURCE_LABELS: Record<IncidentSource, string> = {
  call: "Emergency call",
  history: "Historic record",
  cap: "CAP alert",
  open311: "Open311 request",
  sensor_alert: "Sensor alert",
  simulator: "Simulated call",
};

/** Kinds of incident_events rows; the timeline renders each. */
export const INCIDENT_EVENT_KINDS = [
  "call_received",
  "created",
  "details_changed",
  "status_changed",
  "unit_assigned",
  "unit_released",
  "unit_status",
  "recommendation_overridden",
  "note",
  "call_linked",
  "merged_into",
] as const;
export type IncidentEventKind = (typeof INCIDENT_EVENT_KINDS)[number];

const PriorityInput = z.union(PRIORITIES.map((p) => z.literal(p)));
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => value || undefined);
const CallerPhone = z
  .string()
  .trim()
  .max(40)
  .regex(/^[+\d][\d\s()-]*$/, "A phone number has digits, spaces, brackets, dashes and an optional leading +.")
  .nullish()
  .or(z.literal("").transform(() => undefined))
  .transform((value) => value || undefined);

const CallDetails = {
  type: z.enum(INCIDENT_TYPES),
  priority: PriorityInput,
  lon: z.number().min(-180).max(180),
  lat: z.number().min(-90).max(90),
  /** The place the call-taker picked or typed: "Moi Avenue / Kenyatta Avenue". */
  address: optionalText(200),
  description: optionalText(2000),
  callerName: optionalText(120),
  callerPhone: CallerPhone,
};

export const CreateIncidentInput = z.object({
  ...CallDetails,
  /** When the call-taker answered (opened the call form): the timers start there, not at saving. */
  answeredAt: z.coerce.date().optional(),
});
export type CreateIncidentInput = z.infer<typeof CreateIncidentInput>;

export const IncidentIdInput = z.object({ id: z.uuid() });

/** Every change names the version it was based on: a stale screen gets a ConflictError, not a silent overwrite. */
const Versioned = { id: z.uuid(), version: z.number().int().positive() };

export const UpdateIncidentDetailsInput = z.object({ ...Versioned, ...CallDetails });
export type UpdateIncidentDetailsInput = z.infer<typeof UpdateIncidentDetailsInput>;

export const SetIncidentStatusInput = z.object({ ...Versioned, status: z.enum(INCIDENT_STATUSES), note: optionalText(500) });
export type SetIncidentStatusInput = z.infer<typeof SetIncidentStatusInput>;

export const AddIncidentNoteInput = z.object({ id: z.uuid(), text: z.string().trim().min(1).max(2000) });
export type AddIncidentNoteInput = z.infer<typeof AddIncidentNoteInput>;

/** A further call about an incident already logged: from the call form, or an incoming call folded into it. */
export const LinkCallInput = z.object({
  id: z.uuid(),
  /** An incoming call (a `new` incident) that turned out to be this incident: it is closed as merged. */
  fromIncidentId: z.uuid().optional(),
  callerName: optionalText(120),
  callerPhone: CallerPhone,
  description: optionalText(2000),
});
export type LinkCallInput = z.infer<typeof LinkCallInput>;

export const AssignUnitInput = z.object({
  incidentId: z.uuid(),
  unitId: z.string().min(1).max(40),
  /** The unit the console recommended for this unit's type; choosing another is recorded as an override. */
  recommendedUnitId: z.string().min(1).max(40).nullable().default(null),
  overrideReason: optionalText(300),
});
export type AssignUnitInput = z.infer<typeof AssignUnitInput>;

export const ReleaseUnitInput = z.object({ incidentId: z.uuid(), unitId: z.string().min(1).max(40), reason: optionalText(300) });
export type ReleaseUnitInput = z.infer<typeof ReleaseUnitInput>;
