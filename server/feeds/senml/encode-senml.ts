/**
 * SenML JSON encoder for the simulator's sensors: records in, a pack out that parseSenml resolves
 * back to the same records. With a base name and base time the pack stays compact: names and
 * times are written relative to them, as RFC 8428 intends.
 */
import type { SenmlRecord } from "./senml-types";

/** A parsed SenmlRecord is valid input; unit, sum and the rest are optional. */
export type SenmlInput = Pick<SenmlRecord, "name" | "value" | "time"> &
  Partial<Pick<SenmlRecord, "unit" | "valueField" | "sum" | "updateTime">>;

export type SenmlEncodeOptions = {
  /** Prefix shared by every record's name, e.g. "urn:dev:citydeck:aq-0042:". */
  baseName?: string;
  /** Times are written as offsets from this. */
  baseTime?: Date;
};

/** @throws RangeError when a record's name does not start with the base name (a caller bug). */
export function encodeSenml(records: readonly SenmlInput[], options: SenmlEncodeOptions = {}): string {
  const { baseName = "", baseTime } = options;
  const baseSeconds = baseTime ? baseTime.getTime() / 1000 : 0;
  const pack = records.map((record, index) => {
    if (!record.name.startsWith(baseName)) throw new RangeError(`name "${record.name}" does not start with base name "${baseName}"`);
    const time = record.time.getTime() / 1000 - baseSeconds;
    return {
      ...(index === 0 && baseName ? { bn: baseName } : {}),
      ...(index === 0 && baseTime ? { bt: baseSeconds } : {}),
      ...(record.name.length > baseName.length ? { n: record.name.slice(baseName.length) } : {}),
      ...(record.unit ? { u: record.unit } : {}),
      ...valueField(record),
      ...(record.sum != null ? { s: record.sum } : {}),
      ...(time !== 0 ? { t: time } : {}),
      ...(record.updateTime != null ? { ut: record.updateTime } : {}),
    };
  });
  return JSON.stringify(pack);
}

function valueField(record: SenmlInput): Record<string, number | string | boolean> {
  if (record.value === null) return {};
  const field = record.valueField ?? (typeof record.value === "number" ? "v" : typeof record.value === "boolean" ? "vb" : "vs");
  return { [field]: record.value };
}
