import { sql } from "drizzle-orm";
import { selectRows, type Db } from "@/db/client";
import { distanceM } from "@/db/seed/geo/haversine";

export interface Hospital {
  id: string;
  name: string;
  lon: number;
  lat: number;
}

/**
 * Hospitals that take emergencies: tagged emergency=yes in OSM, or home to an ambulance.
 * Straight-line nearest is close enough to choose one; the crew's route is planned afterwards.
 */
export async function nearestReceivingHospital(db: Db, lon: number, lat: number): Promise<Hospital | null> {
  const hospitals = await selectRows<Hospital>(
    db,
    sql`select id, name, lon, lat from pois p
        where kind = 'hospital' and (properties->>'emergency' = 'yes' or exists (select 1 from units u where u.base_id = p.id))`,
  );
  let best: Hospital | null = null;
  let bestM = Infinity;
  for (const hospital of hospitals) {
    const metres = distanceM([lon, lat], [hospital.lon, hospital.lat]);
    if (metres < bestM) [best, bestM] = [hospital, metres];
  }
  return best;
}
