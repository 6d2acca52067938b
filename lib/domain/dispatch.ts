/** Dispatch: response-time targets, the duplicate-call rule, gazetteer search and recommendations. */
import { z } from "zod";
import { INCIDENT_TYPES, PRIORITIES, type Priority } from "./incidents";

/**
 * Seconds from the call to the first unit dispatched, and to the first unit on scene, per
 * priority. P1 dispatch in 60 s is NFPA 1225 (2022); the rest are the city's to configure
 * (DISPATCH_TARGETS, server/dispatch/response-targets.ts).
 */
export const ResponseTarget = z.object({ dispatchS: z.number().int().positive(), arrivalS: z.number().int().positive() });
export type ResponseTarget = z.infer<typeof ResponseTarget>;
export const ResponseTargets = z.object(Object.fromEntries(PRIORITIES.map((p) => [p, ResponseTarget])) as Record<`${Priority}`, typeof ResponseTarget>);
export type ResponseTargets = Record<Priority, ResponseTarget>;

export const DEFAULT_RESPONSE_TARGETS: ResponseTargets = {
  1: { dispatchS: 60, arrivalS: 8 * 60 },
  2: { dispatchS: 90, arrivalS: 15 * 60 },
  3: { dispatchS: 180, arrivalS: 30 * 60 },
  4: { dispatchS: 600, arrivalS: 2 * 60 * 60 },
};

interface TimedIncident {
  priority: number;
  reportedAt: Date;
  dispatchedAt: Date | null;
  onSceneAt: Date | null;
}

export interface IncidentTimers {
  sinceCallS: number;
  /** Null until a unit is dispatched. */
  sinceDispatchS: number | null;
  /** Seconds past the dispatch target (positive = breached), frozen once dispatched. */
  dispatchOverS: number;
  /** Seconds past the arrival target (positive = breached), frozen once a unit is on scene. */
  arrivalOverS: number;
}

/** The timers a console shows for one incident at `now`. */
export function incidentTimers(incident: TimedIncident, targets: ResponseTargets, now: Date): IncidentTimers {
  const target = targets[incident.priority as Priority];
  const seconds = (from: Date, to: Date) => Math.max(0, Math.floor((to.getTime() - from.getTime()) / 1000));
  return {
    sinceCallS: seconds(incident.reportedAt, now),
    sinceDispatchS: incident.dispatchedAt ? seconds(incident.dispatchedAt, now) : null,
    dispatchOverS: seconds(incident.reportedAt, incident.dispatchedAt ?? now) - target.dispatchS,
    arrivalOverS: seconds(incident.reportedAt, incident.onSceneAt ?? now) - target.arrivalS,
  };
}

/** A second call about the same thing: same type, within this distance and time of an open incident. */
export const DUPLICATE_RADIUS_M = 300;
export const DUPLICATE_WINDOW_S = 30 * 60;

export const FindDuplicatesInput = z.object({
  type: z.enum(INCIDENT_TYPES),
  lon: z.number().min(-180).max(180),
  lat: z.number().min(-90).max(90),
  /** The call being edited, which is not its own duplicate. */
  excludeId: z.uuid().optional(),
});
export type FindDuplicatesInput = z.infer<typeof FindDuplicatesInput>;

export const PLACE_KINDS = ["coordinates", "ward", "junction", "road", "hospital", "stop", "school", "health_facility"] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const PLACE_KIND_LABELS: Record<PlaceKind, string> = {
  coordinates: "Coordinates",
  ward: "Ward",
  junction: "Junction",
  road: "Road",
  hospital: "Hospital",
  stop: "Matatu stop",
  school: "School",
  health_facility: "Health facility",
};

export const SearchPlacesInput = z.object({
  text: z.string().trim().min(1).max(100),
  limit: z.number().int().min(1).max(20).default(8),
});
export type SearchPlacesInput = z.infer<typeof SearchPlacesInput>;

export const RecommendUnitsInput = z.object({ incidentId: z.uuid() });
