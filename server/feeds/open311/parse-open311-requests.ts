/** Open311 GeoReport v2 requests.json: citizens' service requests and their status. */
import { OPEN311_STATUSES, type Open311ParseOptions, type Open311Request, type Open311Status } from "./open311-types";
import { optionalDateTime, optionalNumber, optionalText, requiredIdentifier, requiredText } from "./read-json-fields";
import { failIfErrorObject, OPEN311_DEFAULT_MAX_BYTES, readJsonList } from "./read-json-list";
import type { JsonObject } from "../json-input";
import type { ParseResult } from "../parse-result";
import type { TextInput } from "../text-input";
import { checkHttpUrl, checkLonLat, checkObservedTime, checkScheduledTime, fail, isNullIsland } from "../validate";

/** Bad items are rejected one by one, with their index; the good ones are kept. */
export function parseOpen311Requests(input: TextInput, options: Open311ParseOptions): ParseResult<Open311Request> {
  return readJsonList(input, options.maxBytes ?? OPEN311_DEFAULT_MAX_BYTES, (item) => readRequest(item, options.now));
}

function readRequest(item: JsonObject, now: Date): Open311Request {
  failIfErrorObject(item, "service_request_id");
  const [lon, lat] = readLocation(item);
  const requestedAt = optionalDateTime(item, "requested_datetime") ?? fail("requested_datetime is missing");
  const updatedAt = optionalDateTime(item, "updated_datetime");
  const expectedAt = optionalDateTime(item, "expected_datetime");
  const mediaUrl = optionalText(item, "media_url");
  return {
    serviceRequestId: requiredIdentifier(item, "service_request_id"),
    status: readStatus(requiredText(item, "status")),
    statusNotes: optionalText(item, "status_notes"),
    serviceName: optionalText(item, "service_name"),
    serviceCode: requiredIdentifier(item, "service_code"),
    description: optionalText(item, "description"),
    agencyResponsible: optionalText(item, "agency_responsible"),
    requestedAt: checkObservedTime(requestedAt, now, "requested_datetime"),
    updatedAt: updatedAt && checkObservedTime(updatedAt, now, "updated_datetime"),
    expectedAt: expectedAt && checkScheduledTime(expectedAt, now, "expected_datetime"),
    address: optionalText(item, "address"),
    lat,
    lon,
    mediaUrl: mediaUrl && checkHttpUrl(mediaUrl, "media_url"),
  };
}

/** Servers vary in case ("Open"); the spec's values are lower case. */
function readStatus(text: string): Open311Status {
  const status = text.toLowerCase();
  if (!(OPEN311_STATUSES as readonly string[]).includes(status)) fail(`status "${text.slice(0, 40)}" is not open or closed`);
  return status as Open311Status;
}

/** [lon, lat], or [null, null] for a request located by address alone. */
function readLocation(item: JsonObject): [number, number] | [null, null] {
  const lat = optionalNumber(item, "lat");
  const lon = optionalNumber(item, "long");
  if (lat === null && lon === null) return [null, null];
  if (lat === null || lon === null) fail("lat and long must come together");
  const location = checkLonLat(lon, lat, "location");
  // Some servers fill an unlocated request with 0,0; its address still places it.
  return isNullIsland(location) ? [null, null] : location;
}
