/**
 * Which units to send: for each unit type the incident's type needs and it does not have yet,
 * the available units of that type ranked by routed ETA, each with the reason for its place
 * ("closest available ambulance, 6.2 km via Mombasa Road, ETA 9 min").
 */
import { and, eq, inArray, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { incidents, units, type Unit } from "@/db/schema";
import { distanceM, type LonLat } from "@/db/seed/geo/haversine";
import { COMMAND_AGENCY_KIND } from "@/lib/domain/access";
import { INCIDENT_TAXONOMY } from "@/lib/domain/incidents";
import { UNIT_TYPE_LABELS, type UnitType } from "@/lib/domain/units";
import { withinScope, type AgencyScope } from "@/server/auth/agency-scope";
import type { AuthSession } from "@/server/auth/auth-session";
import { NotFoundError } from "@/server/services/errors";
import { getRoadNetwork } from "./road-network";
import type { RouteOutcome } from "./router";

/** Candidates listed per unit type: enough to choose an alternative, few enough to read. */
const CANDIDATES_PER_TYPE = 4;
/** Without a road route: straight line, lengthened for the streets in between, at town speed. */
const DETOUR_FACTOR = 1.4;
const FALLBACK_METRES_PER_SECOND = 30 / 3.6;

export interface UnitCandidate {
  unitId: string;
  callsign: string;
  unitType: UnitType;
  etaS: number;
  distanceM: number;
  via: string | null;
  routed: boolean;
  /** 1 = the fastest of its type. */
  rank: number;
  recommended: boolean;
  reason: string;
  /** The route on the map, for the recommended units. */
  path: LonLat[] | null;
}

export interface Recommendation {
  incidentId: string;
  needs: { unitType: UnitType; assigned: string[] }[];
  candidates: UnitCandidate[];
  /** Units already sent and still on their way: their ETA and route, for the panel and the map. */
  onTheWay: { unitId: string; etaS: number; distanceM: number; path: LonLat[] | null }[];
  /** Said once when ETAs could not be routed (a location far from every road). */
  notice: string | null;
}

export async function recommendUnits(db: Db, session: AuthSession, scopes: { incidents: AgencyScope; units: AgencyScope }, incidentId: string): Promise<Recommendation> {
  const [incident] = await db
    .select({ id: incidents.id, type: incidents.type, lon: incidents.lon, lat: incidents.lat })
    .from(incidents)
    .where(and(eq(incidents.id, incidentId), withinScope(incidents.agencyId, scopes.incidents)));
  if (!incident) throw new NotFoundError("That incident");
  const neededTypes = INCIDENT_TAXONOMY[incident.type].unitTypes;
  const relevant = await db
    .select()
    .from(units)
    .where(
      and(
        withinScope(units.agencyId, scopes.units),
        or(and(inArray(units.type, [...neededTypes]), eq(units.status, "available")), eq(units.incidentId, incident.id)),
      ),
    );
  const assigned = relevant.filter((unit) => unit.incidentId === incident.id);
  // Only units this dispatcher may send: shared units are visible, not assignable.
  const available = relevant.filter((unit) => unit.status === "available" && (session.agencyKind === COMMAND_AGENCY_KIND || unit.agencyId === session.agencyId));

  const coming = assigned.filter((unit) => unit.status === "dispatched" || (unit.status === "en_route" && !unit.destinationId));

  const { router } = await getRoadNetwork(db);
  const scene: LonLat = [incident.lon, incident.lat];
  // One search from the scene times every unit: the available ones and those already coming.
  const origins = [...available, ...coming];
  const outcomes = router.toDestination(scene, origins.map((unit) => [unit.lon, unit.lat] as LonLat));
  const timedAll = origins.map((unit, i) => timeTo(unit, scene, outcomes[i]!));
  const timed = timedAll.slice(0, available.length);

  const candidates: UnitCandidate[] = [];
  for (const unitType of neededTypes) {
    const covered = assigned.some((unit) => unit.type === unitType);
    const ofType = timed.filter((t) => t.unit.type === unitType).sort((a, b) => a.etaS - b.etaS).slice(0, CANDIDATES_PER_TYPE);
    ofType.forEach((t, i) => {
      const recommended = i === 0 && !covered;
      candidates.push({
        unitId: t.unit.id,
        callsign: t.unit.callsign,
        unitType,
        etaS: Math.round(t.etaS),
        distanceM: Math.round(t.distanceM),
        via: t.via,
        routed: t.routed,
        rank: i + 1,
        recommended,
        reason: explain(i + 1, unitType, t),
        path: recommended ? t.path : null,
      });
    });
  }
  const unrouted = outcomes.find((outcome): outcome is { ok: false; reason: string } => !outcome.ok);
  return {
    incidentId: incident.id,
    needs: neededTypes.map((unitType) => ({ unitType, assigned: assigned.filter((unit) => unit.type === unitType).map((unit) => unit.id) })),
    candidates,
    onTheWay: timedAll.slice(available.length).map((t) => ({ unitId: t.unit.id, etaS: Math.round(t.etaS), distanceM: Math.round(t.distanceM), path: t.path })),
    notice: unrouted ? `${unrouted.reason} ETAs marked "straight line" are estimates.` : null,
  };
}

interface TimedUnit {
  unit: Unit;
  etaS: number;
  distanceM: number;
  via: string | null;
  routed: boolean;
  path: LonLat[] | null;
}

function timeTo(unit: Unit, scene: LonLat, outcome: RouteOutcome): TimedUnit {
  if (outcome.ok) {
    const { seconds, metres, via, path } = outcome.route;
    return { unit, etaS: seconds, distanceM: metres, via, routed: true, path };
  }
  const metres = distanceM([unit.lon, unit.lat], scene) * DETOUR_FACTOR;
  return { unit, etaS: metres / FALLBACK_METRES_PER_SECOND, distanceM: metres, via: null, routed: false, path: null };
}

const ORDINALS = ["closest", "2nd closest", "3rd closest", "4th closest"];

function explain(rank: number, unitType: UnitType, t: TimedUnit): string {
  const km = (t.distanceM / 1000).toFixed(1);
  const minutes = Math.max(1, Math.round(t.etaS / 60));
  const route = t.routed ? (t.via ? ` via ${t.via}` : " by road") : " (straight line)";
  return `${ORDINALS[rank - 1] ?? `${rank}th closest`} available ${UNIT_TYPE_LABELS[unitType].toLowerCase()}, ${km} km${route}, ETA ${minutes} min`;
}
