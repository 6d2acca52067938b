/** Open311 GeoReport v2 services.json: the kinds of request a city accepts. */
import { OPEN311_SERVICE_TYPES, type Open311Service } from "./open311-types";
import { optionalFlag, optionalText, requiredIdentifier, requiredText } from "./read-json-fields";
import { failIfErrorObject, OPEN311_DEFAULT_MAX_BYTES, readJsonList } from "./read-json-list";
import type { JsonObject } from "../json-input";
import type { ParseResult } from "../parse-result";
import type { TextInput } from "../text-input";
import { fail } from "../validate";

export function parseOpen311Services(input: TextInput, options: { maxBytes?: number } = {}): ParseResult<Open311Service> {
  return readJsonList(input, options.maxBytes ?? OPEN311_DEFAULT_MAX_BYTES, readService);
}

function readService(item: JsonObject): Open311Service {
  failIfErrorObject(item, "service_code");
  const type = requiredText(item, "type");
  if (!(OPEN311_SERVICE_TYPES as readonly string[]).includes(type)) {
    fail(`type "${type.slice(0, 40)}" is not one of ${OPEN311_SERVICE_TYPES.join(", ")}`);
  }
  return {
    serviceCode: requiredIdentifier(item, "service_code"),
    serviceName: requiredText(item, "service_name"),
    description: optionalText(item, "description"),
    metadata: optionalFlag(item, "metadata") ?? false,
    type: type as Open311Service["type"],
    keywords: readKeywords(item.keywords),
    group: optionalText(item, "group"),
  };
}

/** The spec's keywords are one comma-separated string; a few servers send an array instead. */
function readKeywords(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  const parts = typeof value === "string" ? value.split(",") : Array.isArray(value) ? value : fail("keywords must be a string");
  if (!parts.every((part): part is string => typeof part === "string")) fail("keywords must be strings");
  return parts.map((part) => part.trim()).filter(Boolean);
}
