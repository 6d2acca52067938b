/**
 * Emergency calls become new incidents (status "new") for the agency that answers their type,
 * each with a "call_received" event on its timeline. The call id is the natural key: a call
 * sent twice opens one incident.
 */
import { sql } from "drizzle-orm";
import { selectRows } from "@/db/client";
import { INCIDENT_TYPE_LABELS } from "@/lib/domain/incidents";
import { incidentAgencies } from "../places/incident-agency";
import { unnest } from "../sql-arrays";
import type { CallItem } from "../ingest-items";
import type { Sink, SinkContext, SinkRejection } from "./sink";

export const writeCalls: Sink<"call"> = async (context, entries) => {
  const { tx } = context;
  const agencyFor = await incidentAgencies(tx);
  const rejections: SinkRejection[] = [];
  const calls = entries.flatMap(({ item }, index) => {
    const agencyId = agencyFor(item.call.type);
    if (agencyId) return [{ item, agencyId }];
    rejections.push({ index, reason: `no agency answers ${item.call.type} calls and there is no command center` });
    return [];
  });
  if (calls.length === 0) return rejections;
  const places = await Promise.all(calls.map(({ item }) => context.wards.locate(tx, item.call.lon, item.call.lat)));
  const titles = await Promise.all(calls.map(({ item }, i) => titleOf(item, places[i]!.wardCode, context)));
  const column = <T>(pick: (call: CallItem["call"]) => T) => calls.map(({ item }) => pick(item.call));
  const opened = await selectRows<{ id: string; source: string; source_ref: string }>(
    tx,
    sql`insert into incidents (agency_id, type, priority, title, description, lon, lat, h3, ward_code, address, source, source_ref,
          caller_name, caller_phone, synthetic, reported_at)
        select * from ${unnest(
          ["text", calls.map((c) => c.agencyId)],
          ["text", column((c) => c.type)],
          ["int4", column((c) => c.priority)],
          ["text", titles],
          ["text", column((c) => c.description)],
          ["float8", column((c) => c.lon)],
          ["float8", column((c) => c.lat)],
          ["text", places.map((p) => p.h3)],
          ["text", places.map((p) => p.wardCode)],
          ["text", column((c) => c.address)],
          ["text", column((c) => c.source)],
          ["text", column((c) => c.callId)],
          ["text", column((c) => c.callerName)],
          ["text", column((c) => c.callerPhone)],
          ["bool", column((c) => c.source === "simulator")],
          ["timestamptz", column((c) => c.receivedAt)],
        )}
        on conflict (source, source_ref) do nothing
        returning id, source, source_ref`,
  );
  const byKey = new Map(calls.map(({ item }) => [`${item.call.source}\u0000${item.call.callId}`, item]));
  const events = opened.map((row) => ({ incidentId: row.id, item: byKey.get(`${row.source}\u0000${row.source_ref}`)! }));
  if (events.length > 0) {
    await tx.execute(sql`
      insert into incident_events (incident_id, at, kind, actor, data)
      select * from ${unnest(
        ["uuid", events.map((e) => e.incidentId)],
        ["timestamptz", events.map((e) => e.item.call.receivedAt)],
        ["text", events.map(() => "call_received")],
        ["text", events.map((e) => e.item.actor)],
        ["jsonb", events.map((e) => JSON.stringify({ callId: e.item.call.callId, priority: e.item.call.priority, type: e.item.call.type }))],
      )}`);
  }
  return rejections;
};

async function titleOf({ call }: CallItem, wardCode: string | null, { tx, wards }: SinkContext): Promise<string> {
  const where = call.address ?? (wardCode ? await wards.nameOf(tx, wardCode) : null);
  return `${INCIDENT_TYPE_LABELS[call.type]}${where ? ` · ${where}` : ""}`.slice(0, 200);
}
