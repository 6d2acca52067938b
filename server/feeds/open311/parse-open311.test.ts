import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseOpen311Requests } from "./parse-open311-requests";
import { parseOpen311Services } from "./parse-open311-services";
import { toOpen311Request, toOpen311Service } from "./to-open311";
import { expectWellFormedResult } from "../testing";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const NOW = new Date("2024-04-23T08:00:00Z");

const validRequest = {
  service_request_id: "NRB-1",
  status: "open",
  service_code: "001",
  requested_datetime: "2024-04-23T07:00:00+03:00",
  lat: -1.29,
  long: 36.82,
};

describe("parseOpen311Services", () => {
  it("reads services.json, including numeric codes and string flags", () => {
    const result = parseOpen311Services(fixture("services.json"));
    expect(result.rejections).toEqual([]);
    expect(result.records[0]).toEqual({
      serviceCode: "001",
      serviceName: "Pothole",
      description: "A pothole or sunken patch on a county road. Give the nearest landmark or building.",
      metadata: true,
      type: "realtime",
      keywords: ["road", "pothole", "tarmac"],
      group: "roads",
    });
    expect(result.records[2]).toMatchObject({ serviceCode: "3", metadata: false, type: "batch", keywords: [] });
    expect(result.records[3]?.description).toBeNull();
  });

  it.each([
    ["an unknown type", { type: "instant" }, /type "instant" is not one of realtime, batch, blackbox/],
    ["no service code", { service_code: undefined }, /service_code is missing/],
    ["a fractional code", { service_code: 1.5 }, /service_code must be a string, got number/],
    ["an object as name", { service_name: { en: "x" } }, /service_name must be a string, got object/],
    ["a metadata of yes", { metadata: "yes" }, /metadata "yes" is not true or false/],
    ["numeric keywords", { keywords: [1, 2] }, /keywords must be strings/],
  ])("rejects a service with %s", (_label, override, reason) => {
    const service = { service_code: "9", service_name: "x", type: "realtime", ...override };
    const result = parseOpen311Services(JSON.stringify([service, { service_code: "10", service_name: "ok", type: "blackbox" }]));
    expect(result.records.map((record) => record.serviceCode)).toEqual(["10"]);
    expect(result.rejections).toEqual([expect.objectContaining({ index: 0, reason: expect.stringMatching(reason) })]);
  });
});

describe("parseOpen311Requests", () => {
  it("reads requests.json as real servers write it and rejects the bad item alone", () => {
    const result = parseOpen311Requests(fixture("requests.json"), { now: NOW });
    expect(result.records).toEqual([
      {
        serviceRequestId: "NRB-2024-041733",
        status: "open",
        statusNotes: null,
        serviceName: "Pothole",
        serviceCode: "001",
        description: "Deep pothole in the left lane of Waiyaki Way before the Westlands roundabout; matatus swerving.",
        agencyResponsible: "Kenya Urban Roads Authority",
        requestedAt: new Date("2024-04-23T04:41:12Z"),
        updatedAt: new Date("2024-04-23T04:41:12Z"),
        expectedAt: new Date("2024-04-30T14:00:00Z"),
        address: "Waiyaki Way, Westlands, Nairobi",
        lat: -1.26402,
        lon: 36.80412,
        mediaUrl: "https://open311.example.go.ke/media/NRB-2024-041733.jpg",
      },
      // Numeric id, coordinates as strings, "" for absent values: all normalised.
      expect.objectContaining({ serviceRequestId: "638344", status: "closed", lat: -1.28424, lon: 36.82351, expectedAt: null, mediaUrl: null }),
      // Located by address only.
      expect.objectContaining({ serviceRequestId: "NRB-2024-041790", lat: null, lon: null, requestedAt: new Date("2024-04-23T06:02:00Z") }),
    ]);
    expect(result.rejections).toEqual([expect.objectContaining({ index: 3, reason: 'status "pending" is not open or closed' })]);
    expect(result.rejections[0]?.excerpt).toContain('"service_request_id":"NRB-2024-041801"');
  });

  it.each([
    ["latitude out of range", { lat: 91 }, /latitude 91 is not within -90..90/],
    ["a NaN string as longitude", { long: "NaN" }, /long "NaN" is not a number/],
    ["a boolean latitude", { lat: true }, /lat true is not a number/],
    ["latitude without longitude", { long: null }, /lat and long must come together/],
    ["a time without a zone", { requested_datetime: "2024-04-23 07:00:00" }, /requested_datetime .* is not a date-time with a time zone/],
    ["a time two days ahead", { requested_datetime: "2024-04-25T12:00:00+03:00" }, /too far in the future/],
    ["an epoch-zero time", { updated_datetime: "1970-01-01T00:00:00Z" }, /updated_datetime .* before 2000/],
    ["no request time", { requested_datetime: undefined }, /requested_datetime is missing/],
    ["no id", { service_request_id: undefined }, /service_request_id is missing/],
    ["a script as media URL", { media_url: "javascript:alert(1)" }, /media_url .* is not an http\(s\) URL/],
    ["a numeric status", { status: 1 }, /status must be a string/],
  ])("rejects a request with %s", (_label, override, reason) => {
    const result = parseOpen311Requests(JSON.stringify([{ ...validRequest, ...override }, validRequest]), { now: NOW });
    expect(result.records).toHaveLength(1);
    expect(result.rejections).toEqual([expect.objectContaining({ index: 0, reason: expect.stringMatching(reason) })]);
  });

  it("reads a 0,0 location as no location, since the address still places the request", () => {
    const result = parseOpen311Requests(JSON.stringify([{ ...validRequest, lat: 0, long: "0", address: "Kenyatta Avenue" }]), { now: NOW });
    expect(result.records[0]).toMatchObject({ lat: null, lon: null, address: "Kenyatta Avenue" });
  });

  it("explains an error answer instead of reporting missing fields", () => {
    const result = parseOpen311Requests('[{"code":403,"description":"Invalid api_key"}]', { now: NOW });
    expect(result.rejections[0]?.reason).toBe("endpoint returned an error: 403 Invalid api_key");
  });

  it.each([
    ["an object", '{"service_requests":[]}', /not a JSON array/],
    ["truncated JSON", '[{"service_request_id":"1",', /not JSON/],
    ["an HTML error page", "<html>502</html>", /not JSON/],
    ["a document over the limit", JSON.stringify([validRequest, validRequest]), /over the 100-byte limit/],
  ])("rejects %s as a whole document", (_label, text, reason) => {
    const result = parseOpen311Requests(text, { now: NOW, maxBytes: 100 });
    expectWellFormedResult(result);
    expect(result.records).toEqual([]);
    expect(result.rejections).toEqual([{ reason: expect.stringMatching(reason), excerpt: expect.any(String) }]);
  });

  it("rejects non-object items one by one", () => {
    const result = parseOpen311Requests(JSON.stringify([null, 42, "x", [validRequest], validRequest]), { now: NOW });
    expect(result.records).toHaveLength(1);
    expect(result.rejections.map((rejection) => rejection.index)).toEqual([0, 1, 2, 3]);
  });
});

describe("Open311 builders", () => {
  it("build requests.json items that parse back to equal records", () => {
    const records = parseOpen311Requests(fixture("requests.json"), { now: NOW }).records;
    const rebuilt = parseOpen311Requests(JSON.stringify(records.map(toOpen311Request)), { now: NOW });
    expect(rebuilt.rejections).toEqual([]);
    expect(rebuilt.records).toEqual(records);
    expect(toOpen311Request(records[0]!)).toMatchObject({ requested_datetime: "2024-04-23T04:41:12+00:00", lat: -1.26402, long: 36.80412 });
  });

  it("build services.json items that parse back to equal records", () => {
    const services = parseOpen311Services(fixture("services.json")).records;
    expect(parseOpen311Services(JSON.stringify(services.map(toOpen311Service))).records).toEqual(services);
  });
});
