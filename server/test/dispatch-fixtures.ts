import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { latLngToCell } from "h3-js";
import type { Db } from "@/db/client";
import { incidents, pois, units } from "@/db/schema";
import type { IncidentType } from "@/lib/domain/incidents";
import type { UnitType } from "@/lib/domain/units";

const BASE = { lon: 36.8225, lat: -1.2818 };
const cellOf = (lon: number, lat: number) => latLngToCell(lat, lon, 9);

/** A new incident (a call nobody has been dispatched to yet) of `agencyId`, inserted directly. */
export async function insertIncident(db: Db, agencyId: string, { type = "road_collision" as IncidentType, lon = 36.8219, lat = -1.2864 } = {}) {
  const [incident] = await db
    .insert(incidents)
    .values({ agencyId, type, priority: 2, status: "new", title: "Test call", lon, lat, h3: cellOf(lon, lat), source: "call", reportedAt: new Date() })
    .returning();
  return incident!;
}

/** An available unit of `agencyId` at a test base. */
export async function insertUnit(db: Db, agencyId: string, { type = "police" as UnitType, lon = BASE.lon, lat = BASE.lat, id = `T-${randomUUID().slice(0, 8)}` } = {}) {
  const baseId = `base/test-${agencyId}`;
  await db.insert(pois).values({ id: baseId, kind: "base", name: `Test base of ${agencyId}`, ...BASE, h3: cellOf(BASE.lon, BASE.lat), source: "test" }).onConflictDoNothing();
  const [unit] = await db
    .insert(units)
    .values({ id, agencyId, callsign: `Unit ${id}`, type, lon, lat, h3: cellOf(lon, lat), baseId, baseLon: BASE.lon, baseLat: BASE.lat })
    .returning();
  return unit!;
}

/** A unit already dispatched to a new incident, as an assignment leaves it. */
export async function insertAssignedUnit(db: Db, agencyId: string) {
  const incident = await insertIncident(db, agencyId);
  const unit = await insertUnit(db, agencyId);
  const [assigned] = await db.update(units).set({ status: "dispatched", incidentId: incident.id, version: 2 }).where(eq(units.id, unit.id)).returning();
  return { incident, unit: assigned! };
}
