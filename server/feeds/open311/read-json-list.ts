/** Both Open311 lists (services.json, requests.json) are a top-level JSON array of objects. */
import { isJsonObject, readJsonInput, type JsonObject } from "../json-input";
import { rejectDocument, type ParseResult } from "../parse-result";
import type { TextInput } from "../text-input";
import { fail, readEach } from "../validate";

export const OPEN311_DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

export function readJsonList<T>(input: TextInput, maxBytes: number, readItem: (item: JsonObject) => T): ParseResult<T> {
  const document = readJsonInput(input, maxBytes);
  if (!document.ok) return { records: [], rejections: [document.rejection] };
  if (!Array.isArray(document.value)) return rejectDocument("document is not a JSON array", document.value);
  return readEach(document.value as unknown[], (item) => {
    if (!isJsonObject(item)) fail("item is not a JSON object");
    return readItem(item);
  });
}

/**
 * GeoReport v2 servers answer errors with an array of {code, description} and a 200 status more
 * often than they should; say so instead of "service_request_id is missing".
 */
export function failIfErrorObject(item: JsonObject, idKey: string): void {
  if (item[idKey] === undefined && "code" in item && "description" in item) {
    fail(`endpoint returned an error: ${String(item.code)} ${String(item.description)}`.slice(0, 200));
  }
}
