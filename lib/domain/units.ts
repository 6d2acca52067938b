import { z } from "zod";

export const UNIT_TYPES = ["ambulance", "police", "fire", "power_crew", "water_crew", "roads_crew"] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

export const UNIT_STATUSES = [
  "available",
  "dispatched",
  "en_route",
  "on_scene",
  "at_hospital",
  "out_of_service",
] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];

export const ListUnitsInput = z.object({
  type: z.array(z.enum(UNIT_TYPES)).optional(),
  status: z.array(z.enum(UNIT_STATUSES)).optional(),
});
export type ListUnitsInput = z.infer<typeof ListUnitsInput>;

export const UNIT_TYPE_LABELS: Record<UnitType, string> = {
  ambulance: "Ambulance",
  police: "Police",
  fire: "Fire engine",
  power_crew: "Power crew",
  water_crew: "Water crew",
  roads_crew: "Roads crew",
};

export const UNIT_STATUS_LABELS: Record<UnitStatus, string> = {
  available: "Available",
  dispatched: "Dispatched",
  en_route: "En route",
  on_scene: "On scene",
  at_hospital: "At hospital",
  out_of_service: "Out of service",
};

/**
 * How a unit's status may move. A unit becomes `dispatched` only by being assigned to an
 * incident; `available` from an incident status means it left the incident (released or done).
 * en_route after on_scene is an ambulance transporting a patient to hospital.
 */
export const UNIT_TRANSITIONS: Record<UnitStatus, readonly UnitStatus[]> = {
  available: ["dispatched", "out_of_service"],
  dispatched: ["en_route", "on_scene", "available"],
  en_route: ["on_scene", "at_hospital", "available"],
  on_scene: ["en_route", "available"],
  at_hospital: ["available"],
  out_of_service: ["available"],
};

/** Statuses in which a unit works an incident (units.incident_id is set). */
export const COMMITTED_UNIT_STATUSES = ["dispatched", "en_route", "on_scene", "at_hospital"] as const satisfies readonly UnitStatus[];

export function unitTransitionRefusal(from: UnitStatus, to: UnitStatus): string | null {
  if (UNIT_TRANSITIONS[from].includes(to)) return null;
  if (to === "dispatched") return "A unit is dispatched by assigning it to an incident.";
  return `A unit that is ${UNIT_STATUS_LABELS[from].toLowerCase()} cannot become ${UNIT_STATUS_LABELS[to].toLowerCase()}.`;
}

export const SetUnitStatusInput = z.object({
  unitId: z.string().min(1).max(40),
  /** The version the console showed: a unit changed meanwhile gives a ConflictError. */
  version: z.number().int().positive(),
  status: z.enum(UNIT_STATUSES).exclude(["dispatched"]),
  /** Transport (an ambulance leaving the scene): the hospital; the nearest one when left out. */
  hospitalId: z.string().min(1).max(200).optional(),
  note: z.string().trim().max(300).optional(),
});
export type SetUnitStatusInput = z.infer<typeof SetUnitStatusInput>;

export const ReassignUnitInput = z.object({
  unitId: z.string().min(1).max(40),
  version: z.number().int().positive(),
  toIncidentId: z.uuid(),
});
export type ReassignUnitInput = z.infer<typeof ReassignUnitInput>;
