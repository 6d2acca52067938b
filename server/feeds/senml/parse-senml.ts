/**
 * SenML (RFC 8428) JSON packs, as sensors publish them over MQTT or HTTP: payload in, resolved
 * records out. A bad record is rejected alone, except when its BASE fields are bad: every later
 * record depends on those, so the rest of the pack is refused with it (one rejection).
 */
import { applyBaseFields, EMPTY_BASE, resolveRecord } from "./resolve-senml-record";
import type { SenmlParseOptions, SenmlRecord } from "./senml-types";
import { isJsonObject, readJsonInput } from "../json-input";
import { excerptOf, rejectDocument, type ParseResult } from "../parse-result";
import type { TextInput } from "../text-input";
import { rejectionFor } from "../validate";

export const SENML_DEFAULT_MAX_RECORDS = 10_000;
export const SENML_DEFAULT_MAX_BYTES = 4 * 1024 * 1024;

export function parseSenml(input: TextInput, options: SenmlParseOptions): ParseResult<SenmlRecord> {
  const { now, maxRecords = SENML_DEFAULT_MAX_RECORDS, maxBytes = SENML_DEFAULT_MAX_BYTES } = options;
  const document = readJsonInput(input, maxBytes);
  if (!document.ok) return { records: [], rejections: [document.rejection] };
  if (!Array.isArray(document.value)) return rejectDocument("a SenML pack is a JSON array of records", document.value);
  const pack = document.value as unknown[];
  const result: ParseResult<SenmlRecord> = { records: [], rejections: [] };
  let base = EMPTY_BASE;
  const readable = Math.min(pack.length, maxRecords);
  for (let index = 0; index < readable; index++) {
    const record = pack[index];
    if (!isJsonObject(record)) {
      result.rejections.push({ reason: "record is not a JSON object", excerpt: excerptOf(record), index });
      continue;
    }
    // Listed once per record: base, mandatory-field and base-only checks all read them. RFC 8428's
    // own examples (§5.1.7) open with a record holding nothing but base fields: it is skipped.
    const keys = Object.keys(record);
    try {
      base = applyBaseFields(base, record, keys);
    } catch (error) {
      const rejection = rejectionFor(error, record, index);
      const unread = readable - index - 1;
      if (unread > 0) rejection.reason += `; the ${unread} records after it depend on its base fields and were not read`;
      result.rejections.push(rejection);
      break;
    }
    if (keys.every((key) => key.startsWith("b"))) continue;
    try {
      result.records.push(resolveRecord(record, base, now, keys));
    } catch (error) {
      result.rejections.push(rejectionFor(error, record, index));
    }
  }
  if (pack.length > maxRecords) {
    result.rejections.push({
      reason: `pack has ${pack.length} records; only the first ${maxRecords} are read`,
      excerpt: excerptOf(pack[maxRecords]),
      index: maxRecords,
    });
  }
  return result;
}
