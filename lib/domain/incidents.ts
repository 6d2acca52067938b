import { z } from "zod";

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
