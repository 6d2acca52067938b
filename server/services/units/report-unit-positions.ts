import { sql } from "drizzle-orm";
import { latLngToCell } from "h3-js";
import type { Db } from "@/db/client";
import { H3_RESOLUTION } from "@/db/seed/geo/locate";

export interface UnitPosition {
  id: string;
  lon: number;
  lat: number;
  headingDeg: number;
}

/**
 * Where units are, as their vehicles report it: one statement for every unit that moved. It is
 * telemetry, not an operator's action, so it writes no audit entry; and it leaves `version`
 * alone, so a moving unit never makes a dispatcher's change to it conflict.
 */
export async function reportUnitPositions(db: Db, positions: readonly UnitPosition[]) {
  if (positions.length === 0) return;
  const column = (values: (string | number)[], type: string) => sql`${sql.param(values.map(String))}::text[]::${sql.raw(type)}[]`;
  await db.execute(sql`
    update units set lon = p.lon, lat = p.lat, h3 = p.h3, heading_deg = p.heading, updated_at = now()
    from unnest(
      ${column(positions.map((p) => p.id), "text")},
      ${column(positions.map((p) => p.lon), "float8")},
      ${column(positions.map((p) => p.lat), "float8")},
      ${column(positions.map((p) => latLngToCell(p.lat, p.lon, H3_RESOLUTION)), "text")},
      ${column(positions.map((p) => p.headingDeg), "real")}
    ) as p(id, lon, lat, h3, heading)
    where units.id = p.id`);
}
