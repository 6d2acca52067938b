/**
 * SenML records → sensor readings. How CityDeck names sensors in SenML:
 *
 * - A record's name is either a sensor id ("aq-0042") or a device URN
 *   "urn:dev:<agency>:<sensorId>" with an optional measurement after it
 *   ("urn:dev:environment:aq-0042:pm25"), usually written as the base name
 *   `"bn": "urn:dev:environment:aq-0042:"` plus `"n": "pm25"`.
 * - Over MQTT the topic citydeck/<agency>/<sensorId> names the sensor: every record of the
 *   message is a reading of it. A record whose name is a URN must name the same sensor and agency
 *   (a misrouted message is refused); any other name is a measurement name and is ignored.
 * - Over HTTP there is no topic: the name decides. A URN's agency must own the sensor.
 *
 * Each sensor has one value series: v is the reading, vb counts as 1 or 0; text and data
 * values (vs, vd) and sum-only records are refused.
 */
import type { SenmlRecord } from "@/server/feeds/senml/senml-types";
import type { SensorTopic } from "@/server/feeds/senml/sensor-topic";
import { excerptOf, type ParseResult } from "@/server/feeds/parse-result";
import type { ReadingItem } from "../ingest-items";

type SensorName = { agency: string | null; sensorId: string };

const DEVICE_URN = /^urn:dev:([a-z0-9_.-]{1,64}):([a-z0-9_.-]{1,64})(?::.*)?$/;

/** The sensor a record names, or null when the name is not a sensor id or device URN. */
export function sensorNamed(name: string): SensorName | null {
  const urn = DEVICE_URN.exec(name);
  if (urn) return { agency: urn[1]!, sensorId: urn[2]! };
  return name.startsWith("urn:") ? null : { agency: null, sensorId: name };
}

/** Readings of the sensor named by an MQTT topic. */
export function readingsFromTopic(records: SenmlRecord[], topic: SensorTopic): ParseResult<ReadingItem> {
  const sensor = { sensorId: topic.sensorId, ownerAgencyId: topic.agency };
  return toReadings(records, (name) => {
    const named = sensorNamed(name);
    const mismatch = named?.agency && (named.agency !== topic.agency || named.sensorId !== topic.sensorId);
    if (mismatch) return `record names ${name}, but was published on the topic of ${topic.agency}/${topic.sensorId}`;
    return sensor;
  });
}

/**
 * Readings pushed over HTTP by a token of `tokenAgencyId`. A token of the command center may push
 * for any agency; others only for their own sensors.
 */
export function readingsFromNames(records: SenmlRecord[], tokenAgencyId: string, tokenIsCommand: boolean): ParseResult<ReadingItem> {
  return toReadings(records, (name) => {
    const named = sensorNamed(name);
    if (!named) return `name ${name} is neither a sensor id nor urn:dev:<agency>:<sensorId>`;
    if (named.agency && !tokenIsCommand && named.agency !== tokenAgencyId) return `a token of agency ${tokenAgencyId} cannot push for agency ${named.agency}`;
    return { sensorId: named.sensorId, ownerAgencyId: named.agency ?? (tokenIsCommand ? null : tokenAgencyId) };
  });
}

/** The sensor a record name stands for, or why it is refused: a function of the name alone. */
type Identify = (name: string) => Pick<ReadingItem, "sensorId" | "ownerAgencyId"> | string;

function toReadings(records: SenmlRecord[], identify: Identify): ParseResult<ReadingItem> {
  const result: ParseResult<ReadingItem> = { records: [], rejections: [] };
  // A pack's records usually share one name (its base name plus a measurement): identify it once.
  let name: string | null = null;
  let sensor: ReturnType<Identify> = "";
  for (const record of records) {
    if (record.name !== name) [name, sensor] = [record.name, identify(record.name)];
    const value = numericValue(record);
    if (typeof sensor === "string") result.rejections.push({ reason: sensor, excerpt: excerptOf(record) });
    else if (value === null) result.rejections.push({ reason: `reading of ${record.name} is not numeric (${record.valueField ?? "sum only"})`, excerpt: excerptOf(record) });
    else result.records.push({ kind: "reading", ...sensor, at: record.time, value });
  }
  return result;
}

function numericValue(record: SenmlRecord): number | null {
  if (typeof record.value === "number") return record.value;
  if (typeof record.value === "boolean") return record.value ? 1 : 0;
  return null;
}
