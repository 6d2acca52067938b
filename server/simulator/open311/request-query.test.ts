import { describe, expect, it } from "vitest";
import type { Open311Request } from "@/server/feeds/open311/open311-types";
import { parseOpen311Query, selectRequests } from "./request-query";

const NOW = new Date("2026-03-10T12:00:00Z");
const request = (id: string, requestedAt: string, status: "open" | "closed", serviceCode = "pothole"): Open311Request => ({
  serviceRequestId: id,
  status,
  statusNotes: null,
  serviceName: null,
  serviceCode,
  description: null,
  agencyResponsible: null,
  requestedAt: new Date(requestedAt),
  updatedAt: null,
  expectedAt: null,
  address: null,
  lat: -1.29,
  lon: 36.82,
  mediaUrl: null,
});
const REQUESTS = [
  request("a", "2025-10-01T00:00:00Z", "closed"),
  request("b", "2026-03-09T08:00:00Z", "closed", "water-leak"),
  request("c", "2026-03-10T06:00:00Z", "open"),
  request("d", "2026-03-10T09:00:00Z", "open", "water-leak"),
];
const ids = (query: string) => {
  const parsed = parseOpen311Query(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(parsed.error);
  return selectRequests(REQUESTS, parsed.query, NOW).map((r) => r.serviceRequestId);
};

describe("Open311 requests.json filters", () => {
  it("lists the last 90 days, newest first, without filters", () => {
    expect(ids("")).toEqual(["d", "c", "b"]);
  });

  it("filters by requested_datetime range, W3C date-times with any zone", () => {
    expect(ids("start_date=2026-03-10T08:00:00%2B03:00")).toEqual(["d", "c"]);
    expect(ids("start_date=2025-01-01&end_date=2026-03-09T23:59:59Z")).toEqual(["b", "a"]);
  });

  it("filters by status and service code lists", () => {
    expect(ids("status=closed")).toEqual(["b"]);
    expect(ids("status=Open,closed&service_code=water-leak")).toEqual(["d", "b"]);
    expect(ids("service_request_id=c,a")).toEqual(["c"]);
  });

  it("refuses unreadable dates and unknown statuses with a reason", () => {
    expect(parseOpen311Query(new URLSearchParams("start_date=yesterday"))).toEqual({ ok: false, error: 'start_date "yesterday" is not a W3C date-time' });
    expect(parseOpen311Query(new URLSearchParams("end_date=2026-02-30T00:00:00"))).toMatchObject({ ok: false });
    expect(parseOpen311Query(new URLSearchParams("status=pending"))).toEqual({ ok: false, error: 'status "pending" is not open or closed' });
  });
});
