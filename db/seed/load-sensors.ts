import { insertRows } from "@/db/insert-rows";
import { sensors } from "@/db/schema";
import { SENSOR_KIND_INFO, type SensorKind } from "@/lib/domain/sensors";
import { buildRoads } from "./build-roads";
import { locate } from "./geo/locate";
import { placeSensors } from "./place-sensors";
import type { SeedStep } from "./seed-step";

/** The agency that would own each kind of sensor in a real city. */
const SENSOR_OWNER: Record<SensorKind, string> = {
  air_quality: "environment",
  noise: "environment",
  water_level: "water",
  substation_load: "power",
  streetlight_circuit: "lighting",
  waste_bin_fill: "waste",
  traffic_speed: "roads",
  traffic_count: "roads",
};

/** Synthetic sensors of every kind; they start with no value until the simulator publishes one. */
export const loadSensors: SeedStep = {
  name: "sensors",
  tables: [sensors],
  async run(db, city) {
    const rows = placeSensors(city, buildRoads(city).rows).map(({ lon, lat, kind, ...sensor }) => ({
      ...sensor,
      kind,
      ...locate(lon, lat, city.wardIndex),
      agencyId: SENSOR_OWNER[kind],
      unit: SENSOR_KIND_INFO[kind].unit,
      cadenceS: SENSOR_KIND_INFO[kind].cadenceS,
      synthetic: true,
    }));
    await insertRows(db, sensors, rows);
  },
};
