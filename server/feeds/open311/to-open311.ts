/**
 * Builders for the simulator's GeoReport v2 endpoints: typed records to the JSON objects of
 * requests.json and services.json (snake_case, W3C date-times in UTC, null for absent fields),
 * which the parsers read back to equal records.
 */
import type { Open311Request, Open311Service, Open311ServiceType, Open311Status } from "./open311-types";
import { formatZonedDateTime } from "../validate";

export type Open311RequestJson = {
  service_request_id: string;
  status: Open311Status;
  status_notes: string | null;
  service_name: string | null;
  service_code: string;
  description: string | null;
  agency_responsible: string | null;
  requested_datetime: string;
  updated_datetime: string | null;
  expected_datetime: string | null;
  address: string | null;
  lat: number | null;
  long: number | null;
  media_url: string | null;
};

export type Open311ServiceJson = {
  service_code: string;
  service_name: string;
  description: string | null;
  metadata: boolean;
  type: Open311ServiceType;
  keywords: string;
  group: string | null;
};

export function toOpen311Request(request: Open311Request): Open311RequestJson {
  const time = (date: Date | null) => date && formatZonedDateTime(date);
  return {
    service_request_id: request.serviceRequestId,
    status: request.status,
    status_notes: request.statusNotes,
    service_name: request.serviceName,
    service_code: request.serviceCode,
    description: request.description,
    agency_responsible: request.agencyResponsible,
    requested_datetime: formatZonedDateTime(request.requestedAt),
    updated_datetime: time(request.updatedAt),
    expected_datetime: time(request.expectedAt),
    address: request.address,
    lat: request.lat,
    long: request.lon,
    media_url: request.mediaUrl,
  };
}

export function toOpen311Service(service: Open311Service): Open311ServiceJson {
  return {
    service_code: service.serviceCode,
    service_name: service.serviceName,
    description: service.description,
    metadata: service.metadata,
    type: service.type,
    keywords: service.keywords.join(", "),
    group: service.group,
  };
}
