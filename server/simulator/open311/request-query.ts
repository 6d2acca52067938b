/**
 * The filters of GET requests.json (GeoReport v2): start_date and end_date (W3C date-times, on
 * requested_datetime), status and service_code (comma-separated), service_request_id. Without
 * dates the last 90 days are listed, as the spec suggests; newest first, at most 1,000.
 */
import { OPEN311_STATUSES, type Open311Request, type Open311Status } from "@/server/feeds/open311/open311-types";

const DEFAULT_WINDOW_MS = 90 * 86_400_000;
const MAX_RESULTS = 1_000;
/** "2026-11-29", "2026-11-29T08:00:00+03:00", "2026-11-29T05:00:00Z": a date with an optional zoned time. */
const W3C_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

export interface Open311Query {
  start: Date | null;
  end: Date | null;
  statuses: Open311Status[] | null;
  serviceCodes: string[] | null;
  ids: string[] | null;
}

export type QueryOutcome = { ok: true; query: Open311Query } | { ok: false; error: string };

export function parseOpen311Query(params: URLSearchParams): QueryOutcome {
  const dates: Record<"start" | "end", Date | null> = { start: null, end: null };
  for (const [key, name] of [["start", "start_date"], ["end", "end_date"]] as const) {
    const text = params.get(name);
    if (text === null) continue;
    const ms = Date.parse(text);
    if (!W3C_DATE_TIME.test(text) || Number.isNaN(ms)) return { ok: false, error: `${name} "${text.slice(0, 40)}" is not a W3C date-time` };
    dates[key] = new Date(ms);
  }
  const statuses = list(params, "status")?.map((status) => status.toLowerCase()) ?? null;
  const unknown = statuses?.find((status) => !(OPEN311_STATUSES as readonly string[]).includes(status));
  if (unknown !== undefined) return { ok: false, error: `status "${unknown.slice(0, 40)}" is not open or closed` };
  return {
    ok: true,
    query: { ...dates, statuses: statuses as Open311Status[] | null, serviceCodes: list(params, "service_code"), ids: list(params, "service_request_id") },
  };
}

export function selectRequests(requests: readonly Open311Request[], query: Open311Query, now: Date): Open311Request[] {
  const start = query.start ?? (query.end ? null : new Date(now.getTime() - DEFAULT_WINDOW_MS));
  return requests
    .filter(
      (request) =>
        (!start || request.requestedAt >= start) &&
        (!query.end || request.requestedAt <= query.end) &&
        (!query.statuses || query.statuses.includes(request.status)) &&
        (!query.serviceCodes || query.serviceCodes.includes(request.serviceCode)) &&
        (!query.ids || query.ids.includes(request.serviceRequestId)),
    )
    .sort((a, b) => b.requestedAt.getTime() - a.requestedAt.getTime())
    .slice(0, MAX_RESULTS);
}

function list(params: URLSearchParams, name: string): string[] | null {
  const text = params.get(name);
  if (text === null) return null;
  const values = text.split(",").map((value) => value.trim()).filter(Boolean);
  return values.length > 0 ? values : null;
}
