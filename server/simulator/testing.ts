/** Test support: sensors as the city loader returns them, and a seeded city to simulate. */
import { seedCity } from "@/db/seed/seed";
import { openTestDatabase, type TestDatabase } from "@/db/test-database";
import { SENSOR_KIND_INFO, type SensorKind } from "@/lib/domain/sensors";
import type { SimSensor } from "./city/load-city";

export function fakeSensor(kind: SensorKind, overrides: Partial<SimSensor> = {}): SimSensor {
  return {
    id: `${kind.replaceAll("_", "-")}-test`,
    agencyId: "city",
    kind,
    name: `Test ${kind}`,
    position: [36.82, -1.29],
    wardCode: "1000",
    road: null,
    unit: SENSOR_KIND_INFO[kind].unit,
    cadenceS: SENSOR_KIND_INFO[kind].cadenceS,
    config: {},
    ...overrides,
  };
}

/** A fresh in-memory PGlite with the Nairobi seed: the city the simulator reads. */
export async function seededTestDatabase(): Promise<TestDatabase> {
  const test = await openTestDatabase("pglite");
  await seedCity(test.database.db);
  return test;
}
