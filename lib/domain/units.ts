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
