import type { Db } from "@/db/client";
import type { GeofenceParams } from "@/lib/domain/rules";
import type { AgencyScope } from "@/server/auth/agency-scope";
import { evaluateGeofence } from "./evaluate/geofence";
import type { RuleHead } from "./evaluate/threshold";
import type { Finding } from "./findings";
import { loadMobiles } from "./load/mobiles";
import { loadPlaceMemory, rememberPlaces } from "./load/place-memory";
import { loadZone } from "./load/zone";

/** Without a zone (a resolved CAP warning) the rule watches nothing, so its alerts resolve. */
export async function geofenceRuleFindings(
  db: Db,
  rule: RuleHead & { id: string; version: number },
  params: GeofenceParams,
  scope: AgencyScope,
  now: number,
): Promise<Finding[]> {
  const zone = await loadZone(db, params.zone);
  if (!zone) return [];
  const [mobiles, memory] = await Promise.all([loadMobiles(db, scope, params.subjects), loadPlaceMemory(db, rule)]);
  const { findings, remembered } = evaluateGeofence(rule, params.trigger, zone, mobiles, memory, new Date(now));
  await rememberPlaces(db, rule, remembered);
  return findings;
}
