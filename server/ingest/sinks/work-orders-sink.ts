/** Open311 service requests: one work order per service_request_id, updated when the source reports a newer state. */
import { sql } from "drizzle-orm";
import { unnest } from "../sql-arrays";
import { newestByKey } from "./newest-by-key";
import type { Sink, SinkRejection } from "./sink";

const OPEN311_SOURCE = "open311";

export const writeWorkOrders: Sink<"workOrder"> = async ({ tx, wards }, entries) => {
  const rejections: SinkRejection[] = [];
  const reported = entries.flatMap(({ item: { request }, feed }, index) => {
    if (feed) return [{ request, agencyId: feed.agencyId }];
    rejections.push({ index, reason: "service requests must come through a registered feed" });
    return [];
  });
  const changedAt = ({ request }: (typeof reported)[number]) => request.updatedAt ?? request.requestedAt;
  const latest = newestByKey(reported, ({ request }) => request.serviceRequestId, changedAt).map((index) => reported[index]!);
  if (latest.length === 0) return rejections;
  const places = await Promise.all(latest.map(({ request: { lon, lat } }) => (lon === null || lat === null ? null : wards.locate(tx, lon, lat))));
  const column = <T>(pick: (row: (typeof latest)[number]) => T) => latest.map(pick);
  await tx.execute(sql`
    insert into work_orders as w (agency_id, source, source_ref, service_code, service_name, status, status_notes, description,
      agency_responsible, address, lon, lat, h3, ward_code, media_url, requested_at, source_updated_at, expected_at)
    select * from ${unnest(
      ["text", column((r) => r.agencyId)],
      ["text", column(() => OPEN311_SOURCE)],
      ["text", column((r) => r.request.serviceRequestId)],
      ["text", column((r) => r.request.serviceCode)],
      ["text", column((r) => r.request.serviceName)],
      ["text", column((r) => r.request.status)],
      ["text", column((r) => r.request.statusNotes)],
      ["text", column((r) => r.request.description)],
      ["text", column((r) => r.request.agencyResponsible)],
      ["text", column((r) => r.request.address)],
      ["float8", column((r) => r.request.lon)],
      ["float8", column((r) => r.request.lat)],
      ["text", places.map((place) => place?.h3 ?? null)],
      ["text", places.map((place) => place?.wardCode ?? null)],
      ["text", column((r) => r.request.mediaUrl)],
      ["timestamptz", column((r) => r.request.requestedAt)],
      ["timestamptz", column((r) => r.request.updatedAt)],
      ["timestamptz", column((r) => r.request.expectedAt)],
    )}
    on conflict (source, source_ref) do update set
      service_code = excluded.service_code, service_name = excluded.service_name, status = excluded.status,
      status_notes = excluded.status_notes, description = excluded.description, agency_responsible = excluded.agency_responsible,
      address = excluded.address, lon = excluded.lon, lat = excluded.lat, h3 = excluded.h3, ward_code = excluded.ward_code,
      media_url = excluded.media_url, source_updated_at = excluded.source_updated_at, expected_at = excluded.expected_at
    where coalesce(excluded.source_updated_at, excluded.requested_at) >= coalesce(w.source_updated_at, w.requested_at)`);
  return rejections;
};
