/**
 * city.json: what the seed needs to know about a city that no open data file says (agency
 * names, where the synthetic bases stand, which hospitals keep ambulances, which roads are the
 * traffic corridors). Keeping it beside the data is what makes a second city another folder.
 */
import { z } from "zod";
import { AGENCY_KINDS } from "@/lib/domain/agencies";
import { UNIT_TYPES } from "@/lib/domain/units";

const Longitude = z.number().min(-180).max(180);
const Latitude = z.number().min(-90).max(90);

export const CityConfig = z.object({
  name: z.string().min(1),
  timezone: z.string().min(1),
  /** Offset of local time from UTC, used to read local timestamps in the history files (no DST assumed). */
  utcOffset: z.string().regex(/^[+-]\d{2}:\d{2}$/),
  /** Past road crashes (Ma3Route columns), relative to the city folder; loaded as closed incidents. */
  roadCrashesCsv: z.string().min(1).optional(),
  agencies: z.array(z.object({ id: z.string().regex(/^[a-z0-9-]{2,40}$/), kind: z.enum(AGENCY_KINDS), name: z.string().min(1) })).min(1),
  /** Synthetic unit bases: police stations, fire stations and depots at approximate positions. */
  bases: z.array(
    z.object({
      id: z.string().regex(/^[a-z0-9-]+$/),
      name: z.string().min(1),
      unitType: z.enum(UNIT_TYPES).exclude(["ambulance"]),
      units: z.number().int().min(1).max(20),
      lon: Longitude,
      lat: Latitude,
    }),
  ),
  /** Ambulances stand at real hospitals, found by their exact name in the hospital data. */
  ambulanceHospitals: z.array(z.object({ name: z.string().min(1), units: z.number().int().min(1).max(20) })),
  /** Road names (as in the road data) that get a traffic speed and a traffic count sensor. */
  trafficCorridors: z.array(z.string().min(1)),
});
export type CityConfig = z.infer<typeof CityConfig>;

/** Minutes to add to UTC to get local time, from "+03:00". */
export function utcOffsetMinutes(offset: string): number {
  const sign = offset.startsWith("-") ? -1 : 1;
  const [hours, minutes] = offset.slice(1).split(":").map(Number);
  return sign * ((hours ?? 0) * 60 + (minutes ?? 0));
}
