/** MQTT topics of CityDeck sensors: citydeck/<agency>/<sensorId>. */
import { rejectedOutcome, type Outcome } from "../parse-result";

export type SensorTopic = { agency: string; sensorId: string };

export const SENSOR_TOPIC_ROOT = "citydeck";
/** What the MQTT transport subscribes to. */
export const SENSOR_TOPIC_FILTER = `${SENSOR_TOPIC_ROOT}/+/+`;

/** Lower-case letters, digits, "-", "_" and "."; never MQTT wildcards or "$". */
const SEGMENT = /^[a-z0-9_.-]{1,64}$/;
/** "." and ".." would read as paths wherever an id becomes one. */
const DOTS_ONLY = /^\.+$/;

export function parseSensorTopic(topic: string): Outcome<SensorTopic> {
  const segments = topic.split("/");
  if (segments.length !== 3 || segments[0] !== SENSOR_TOPIC_ROOT) {
    return rejectedOutcome(`topic is not ${SENSOR_TOPIC_ROOT}/<agency>/<sensorId>`, topic);
  }
  const [, agency = "", sensorId = ""] = segments;
  for (const [field, segment] of [["agency", agency], ["sensorId", sensorId]] as const) {
    if (!isValidSegment(segment)) return rejectedOutcome(`${field} "${segment.slice(0, 80)}" must be 1-64 of [a-z0-9-_.]`, topic);
  }
  return { ok: true, value: { agency, sensorId } };
}

/** @throws RangeError for a segment parseSensorTopic would refuse (a caller bug). */
export function formatSensorTopic({ agency, sensorId }: SensorTopic): string {
  if (!isValidSegment(agency) || !isValidSegment(sensorId)) throw new RangeError(`invalid sensor topic segments "${agency}", "${sensorId}"`);
  return `${SENSOR_TOPIC_ROOT}/${agency}/${sensorId}`;
}

function isValidSegment(segment: string): boolean {
  return SEGMENT.test(segment) && !DOTS_ONLY.test(segment);
}
