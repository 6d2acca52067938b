/**
 * Synthetic response units, all available at their base: ambulances at the real hospitals named
 * in city.json, everything else at the synthetic bases. Ids are TYPE-NN, numbered in config order.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import { insertRows } from "@/db/insert-rows";
import { pois, units } from "@/db/schema";
import type { UnitType } from "@/lib/domain/units";
import type { SeedStep } from "./seed-step";

const UNIT_NAMING: Record<UnitType, { agencyId: string; idPrefix: string; callsign: string }> = {
  ambulance: { agencyId: "ambulance", idPrefix: "AMB", callsign: "Medic" },
  police: { agencyId: "police", idPrefix: "POL", callsign: "Patrol" },
  fire: { agencyId: "fire", idPrefix: "FIRE", callsign: "Engine" },
  power_crew: { agencyId: "power", idPrefix: "PWR", callsign: "Power crew" },
  water_crew: { agencyId: "water", idPrefix: "WTR", callsign: "Water crew" },
  roads_crew: { agencyId: "roads", idPrefix: "RDS", callsign: "Roads crew" },
};

interface Base {
  id: string;
  lon: number;
  lat: number;
  h3: string;
}

export const loadUnits: SeedStep = {
  name: "units",
  tables: [units],
  async run(db, city) {
    const { ambulanceHospitals, bases } = city.config;
    const baseColumns = { id: pois.id, name: pois.name, lon: pois.lon, lat: pois.lat, h3: pois.h3 };
    // Where OSM maps a hospital twice, the footprint tagged emergency=yes is the one with the A&E.
    const hospitals = await db
      .select(baseColumns)
      .from(pois)
      .where(and(eq(pois.kind, "hospital"), inArray(pois.name, ambulanceHospitals.map((h) => h.name))))
      .orderBy(sql`(${pois.properties}->>'emergency' = 'yes') desc nulls last`, pois.id);
    const baseRows = await db
      .select(baseColumns)
      .from(pois)
      .where(inArray(pois.id, bases.map((b) => `base/${b.id}`)));

    const stations: { type: UnitType; base: Base; units: number }[] = [
      ...ambulanceHospitals.map(({ name, units: count }) => {
        const hospital = hospitals.find((h) => h.name === name);
        if (!hospital) throw new Error(`ambulance hospital "${name}" is not among the hospital POIs`);
        return { type: "ambulance" as const, base: hospital, units: count };
      }),
      ...bases.map(({ id, unitType, units: count }) => {
        const base = baseRows.find((b) => b.id === `base/${id}`);
        if (!base) throw new Error(`base ${id} was not loaded as a POI`);
        return { type: unitType, base, units: count };
      }),
    ];

    const numbers = new Map<UnitType, number>();
    const rows = stations.flatMap(({ type, base, units: count }) =>
      Array.from({ length: count }, () => {
        const n = (numbers.get(type) ?? 0) + 1;
        numbers.set(type, n);
        const naming = UNIT_NAMING[type];
        const number = String(n).padStart(2, "0");
        return {
          id: `${naming.idPrefix}-${number}`,
          agencyId: naming.agencyId,
          callsign: `${naming.callsign} ${number}`,
          type,
          status: "available" as const,
          lon: base.lon,
          lat: base.lat,
          h3: base.h3,
          baseId: base.id,
          baseLon: base.lon,
          baseLat: base.lat,
          synthetic: true,
        };
      }),
    );
    await insertRows(db, units, rows);
  },
};
