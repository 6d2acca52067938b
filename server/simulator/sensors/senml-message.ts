/**
 * Sensor readings as SenML. Each reading is one record named by the device URN
 * "urn:dev:<agency>:<sensorId>:" and what is measured (below), with the kind's unit, the
 * reading's wall-clock time, and `ut`, the most seconds until the sensor's next reading, so a
 * receiver can tell a silent sensor.
 *
 * Over MQTT a reading is one message on topic citydeck/<agency>/<sensorId> (ingest matches the
 * URN against the topic); over HTTP a data logger posts the readings it has as one pack.
 */
import type { SensorKind } from "@/lib/domain/sensors";
import { encodeSenml, type SenmlInput } from "@/server/feeds/senml/encode-senml";
import { formatSensorTopic } from "@/server/feeds/senml/sensor-topic";
import type { SimSensor } from "../city/load-city";
import type { SensorReading } from "./sensor-schedule";

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

/** The SenML media type (RFC 8428) a data logger posts with. */
export const SENML_MEDIA_TYPE = "application/senml+json";

const deviceUrn = (sensor: SimSensor) => `urn:dev:${sensor.agencyId}:${sensor.id}:`;

function sensorRecord({ sensor, value, at, nextWithinS }: SensorReading): SenmlInput {
  const measure = SENSOR_MEASURES[sensor.kind];
  const factor = 10 ** measure.decimals;
  return { name: `${deviceUrn(sensor)}${measure.name}`, unit: sensor.unit, value: Math.round(value * factor) / factor, time: at, updateTime: Math.ceil(nextWithinS) };
}

export function sensorMessage(sensor: SimSensor, value: number, time: Date, nextWithinS: number): SensorMessage {
  const payload = encodeSenml([sensorRecord({ sensor, value, at: time, nextWithinS })], { baseName: deviceUrn(sensor), baseTime: time });
  return { topic: formatSensorTopic({ agency: sensor.agencyId, sensorId: sensor.id }), payload };
}

/** Several readings as one pack: no topic names the sensors, so every record carries its full URN. */
export function sensorPack(readings: readonly SensorReading[]): string {
  return encodeSenml(readings.map(sensorRecord), { baseTime: readings[0]?.at });
}
