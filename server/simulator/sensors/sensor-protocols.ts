/**
 * Which protocol each sensor speaks, decided here alone. The river gauges are cellular data
 * loggers that post SenML batches over HTTP (POST /api/ingest/senml); every other kind publishes
 * over MQTT.
 */
import type { SensorKind } from "@/lib/domain/sensors";
import type { SimSensor } from "../city/load-city";

export const HTTP_SENSOR_KINDS: ReadonlySet<SensorKind> = new Set(["water_level"]);

export function sensorsByProtocol(sensors: readonly SimSensor[]): { mqtt: SimSensor[]; http: SimSensor[] } {
  return { mqtt: sensors.filter((sensor) => !HTTP_SENSOR_KINDS.has(sensor.kind)), http: sensors.filter((sensor) => HTTP_SENSOR_KINDS.has(sensor.kind)) };
}
