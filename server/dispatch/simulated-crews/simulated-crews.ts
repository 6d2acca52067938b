/**
 * The simulated crews: every tick, each synthetic unit does what its crew would (crew-plan.ts).
 * Drives follow the road graph at road speeds, sped up by SIMULATOR_SPEED; status reports go
 * through the same service a dispatcher's console uses, audited as system:simulated-crews.
 */
import { sql } from "drizzle-orm";
import { selectRows, type Db } from "@/db/client";
import { distanceM, type LonLat } from "@/db/seed/geo/haversine";
import type { UnitStatus, UnitType } from "@/lib/domain/units";
import { reportUnitPositions, type UnitPosition } from "@/server/services/units/report-unit-positions";
import { setUnitStatus } from "@/server/services/units/set-unit-status";
import { getRoadNetwork } from "../road-network";
import type { Router } from "../router";
import { CREW_ACTOR, CREW_SESSION } from "./crew-authority";
import { nextCrewAction, type CrewUnit } from "./crew-plan";
import { positionOnTrip, type Trip } from "./trip";

/** Off-road (or unroutable) drives go straight at this speed, so a crew always gets there. */
const STRAIGHT_LINE_METRES_PER_SECOND = 30 / 3.6;

interface CrewMemory {
  /** Status and assignment the unit had when this phase began; a change starts a new phase. */
  phase: string;
  phaseStartS: number;
  trip: Trip | null;
}

type Row = {
  id: string;
  type: UnitType;
  status: UnitStatus;
  version: number;
  lon: number;
  lat: number;
  base_lon: number;
  base_lat: number;
  incident_id: string | null;
  scene_lon: number | null;
  scene_lat: number | null;
  destination_id: string | null;
  hospital_lon: number | null;
  hospital_lat: number | null;
};

export class SimulatedCrews {
  private readonly memories = new Map<string, CrewMemory>();

  constructor(
    private readonly db: Db,
    /** Simulated seconds now: the wall clock times SIMULATOR_SPEED, from the start. */
    private readonly simulatedSeconds: () => number,
    private readonly log: (message: string) => void,
  ) {}

  async tick(): Promise<void> {
    const nowS = this.simulatedSeconds();
    const crews = (await loadCrewUnits(this.db)).map(toCrewUnit);
    const { router } = await getRoadNetwork(this.db);
    const moves: UnitPosition[] = [];
    const reports: [CrewUnit, Exclude<UnitStatus, "dispatched">][] = [];
    for (const unit of crews) {
      const memory = this.memoryOf(unit, nowS);
      const action = nextCrewAction(unit, nowS - memory.phaseStartS, distanceM(unit.position, unit.base));
      if (action.kind === "report") reports.push([unit, action.status]);
      if (action.kind !== "drive") continue;
      if (memory.trip?.destinationKey !== action.destinationKey) memory.trip = planTrip(router, unit.position, action.to, action.destinationKey, nowS);
      const at = positionOnTrip(memory.trip, nowS);
      moves.push({ id: unit.id, lon: at.lon, lat: at.lat, headingDeg: at.headingDeg });
      if (at.arrived) {
        memory.trip = null;
        if (action.arrivalStatus) reports.push([unit, action.arrivalStatus]);
      }
    }
    // Positions first, so a crew reports "on scene" from the scene.
    await reportUnitPositions(this.db, moves);
    for (const [unit, status] of reports) await this.report(unit, status);
    for (const id of this.memories.keys()) if (!crews.some((unit) => unit.id === id)) this.memories.delete(id);
  }

  private memoryOf(unit: CrewUnit, nowS: number): CrewMemory {
    const phase = `${unit.status}|${unit.incidentId}|${unit.destinationId}`;
    let memory = this.memories.get(unit.id);
    if (!memory || memory.phase !== phase) {
      memory = { phase, phaseStartS: nowS, trip: null };
      this.memories.set(unit.id, memory);
    }
    return memory;
  }

  private async report(unit: CrewUnit, status: Exclude<UnitStatus, "dispatched">) {
    try {
      await setUnitStatus(this.db, CREW_SESSION, CREW_ACTOR, { unitId: unit.id, version: unit.version, status });
    } catch (error) {
      // A dispatcher changed the unit meanwhile: the next tick works from its new state.
      this.log(`${unit.id} could not report ${status}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

function planTrip(router: Router, from: LonLat, to: LonLat, destinationKey: string, nowS: number): Trip {
  const outcome = router.between(from, to);
  if (outcome.ok) return { destinationKey, path: outcome.route.path, times: outcome.route.times, startedAtS: nowS };
  return { destinationKey, path: [from, to], times: [0, distanceM(from, to) / STRAIGHT_LINE_METRES_PER_SECOND], startedAtS: nowS };
}

function loadCrewUnits(db: Db) {
  return selectRows<Row>(
    db,
    sql`select u.id, u.type, u.status, u.version, u.lon, u.lat, u.base_lon, u.base_lat, u.incident_id,
          i.lon as scene_lon, i.lat as scene_lat, u.destination_id, h.lon as hospital_lon, h.lat as hospital_lat
        from units u
        left join incidents i on i.id = u.incident_id
        left join pois h on h.id = u.destination_id
        where u.synthetic and u.status <> 'out_of_service'`,
  );
}

const toCrewUnit = (row: Row): CrewUnit => ({
  id: row.id,
  type: row.type,
  status: row.status,
  version: row.version,
  position: [row.lon, row.lat],
  base: [row.base_lon, row.base_lat],
  incidentId: row.incident_id,
  scene: row.scene_lon === null || row.scene_lat === null ? null : [row.scene_lon, row.scene_lat],
  destinationId: row.destination_id,
  hospital: row.hospital_lon === null || row.hospital_lat === null ? null : [row.hospital_lon, row.hospital_lat],
});
