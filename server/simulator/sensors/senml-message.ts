/**
 * One sensor reading as it goes over MQTT: topic citydeck/<agency>/<sensorId> and a SenML pack
 * with base name "urn:dev:<agency>:<sensorId>:" (the device URN ingest matches against the
 * topic), one record named after what is measured (below),
 * the kind's unit, the reading's wall-clock time, and `ut`, the most seconds until the sensor's
 * next reading, so a receiver can tell a silent sensor.
 */
import type { SensorKind } from "@/lib/domain/sensors";
import { encodeSenml } from "@/server/feeds/senml/encode-senml";
import { formatSensorTopic } from "@/server/feeds/senml/sensor-topic";
import type { SimSensor } from "../city/load-city";

/** The SenML record name of each kind, and the decimals its reading is worth. */
export const SENSOR_MEASURES: Record<SensorKind, { name: string; decimals: number }> = {
  air_quality: { name: "pm25", decimals: 1 },
  noise: { name: "laeq", decimals: 1 },
  water_level: { name: "level", decimals: 2 },
  substation_load: { name: "load", decimals: 1 },
  streetlight_circuit: { name: "lamps-working", decimals: 3 },
  waste_bin_fill: { name: "fill", decimals: 0 },
  traffic_speed: { name: "speed", decimals: 1 },
  traffic_count: { name: "count", decimals: 0 },
};

export interface SensorMessage {
  topic: string;
  payload: string;
}

export function sensorMessage(sensor: SimSensor, value: number, time: Date, nextWithinS: number): SensorMessage {
  const measure = SENSOR_MEASURES[sensor.kind];
  const baseName = `urn:dev:${sensor.agencyId}:${sensor.id}:`;
  const factor = 10 ** measure.decimals;
  const payload = encodeSenml(
    [{ name: `${baseName}${measure.name}`, unit: sensor.unit, value: Math.round(value * factor) / factor, time, updateTime: Math.ceil(nextWithinS) }],
    { baseName, baseTime: time },
  );
  return { topic: formatSensorTopic({ agency: sensor.agencyId, sensorId: sensor.id }), payload };
}
