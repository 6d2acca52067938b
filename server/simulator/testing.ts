/** Test support: sensors as the city loader returns them, without a database. */
import type { SensorKind } from "@/lib/domain/sensors";
import { SENSOR_KIND_INFO } from "@/lib/domain/sensors";
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
