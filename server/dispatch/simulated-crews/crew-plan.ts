/**
 * What a simulated crew does next, decided from its unit's row and how long it has been in its
 * current phase: turn out, drive to the scene, work it, transport to hospital (ambulances), hand
 * over, drive back to base. Pure, so the whole cycle is testable without a clock.
 */
import type { LonLat } from "@/db/seed/geo/haversine";
import type { UnitStatus, UnitType } from "@/lib/domain/units";

/** Simulated seconds each stop takes; travel time comes from the road graph. */
export const CREW_TIMINGS = {
  /** From the dispatch to rolling out of the station. */
  turnoutS: 45,
  /** Working the scene before clearing or leaving with a patient. */
  onSceneS: 8 * 60,
  /** Handing a patient over at the hospital. */
  handoverS: 5 * 60,
};

/** Closer than this to its base, an available unit is home. */
const HOME_M = 30;

export interface CrewUnit {
  id: string;
  type: UnitType;
  status: UnitStatus;
  version: number;
  position: LonLat;
  base: LonLat;
  /** The incident's location while the unit works one. */
  scene: LonLat | null;
  incidentId: string | null;
  /** The hospital an ambulance is transporting to. */
  hospital: LonLat | null;
  destinationId: string | null;
}

export type CrewAction =
  | { kind: "report"; status: Exclude<UnitStatus, "dispatched"> }
  | { kind: "drive"; destinationKey: string; to: LonLat; arrivalStatus: "on_scene" | "at_hospital" | null }
  | { kind: "wait" };

/** The action for a unit that has been `secondsInPhase` in its current status (and assignment). */
export function nextCrewAction(unit: CrewUnit, secondsInPhase: number, metresFromBase: number): CrewAction {
  switch (unit.status) {
    case "dispatched":
      return secondsInPhase >= CREW_TIMINGS.turnoutS ? { kind: "report", status: "en_route" } : { kind: "wait" };
    case "en_route":
      if (unit.hospital) return { kind: "drive", destinationKey: `hospital:${unit.destinationId}`, to: unit.hospital, arrivalStatus: "at_hospital" };
      return unit.scene ? { kind: "drive", destinationKey: `incident:${unit.incidentId}`, to: unit.scene, arrivalStatus: "on_scene" } : { kind: "wait" };
    case "on_scene":
      if (secondsInPhase < CREW_TIMINGS.onSceneS) return { kind: "wait" };
      // An ambulance leaves with its patient (the service picks the nearest receiving hospital).
      return { kind: "report", status: unit.type === "ambulance" ? "en_route" : "available" };
    case "at_hospital":
      return secondsInPhase >= CREW_TIMINGS.handoverS ? { kind: "report", status: "available" } : { kind: "wait" };
    case "available":
      return metresFromBase > HOME_M ? { kind: "drive", destinationKey: "base", to: unit.base, arrivalStatus: null } : { kind: "wait" };
    case "out_of_service":
      return { kind: "wait" };
  }
}
