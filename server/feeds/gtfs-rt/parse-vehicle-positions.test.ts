import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseVehiclePositions } from "./parse-vehicle-positions";
import { bindingsFeed, HEADER_SECONDS, HEADER_TIME, NOW } from "./test-feeds";
import { expectWellFormedResult } from "../testing";

/**
 * Written byte by byte, not by any encoder (annotated in fixtures/vehicle-positions-hand-written.md):
 * a header (version "2.0", FULL_DATASET, 1714000000) and three entities:
 *   0  KBZ-512C on trip CITY_KNGM / route 80000002311 at -1.2640, 36.8041, bearing 270, 8.5 m/s, t=1713999990
 *   1  KCA-077X at 0,0: a tracker without a GPS fix
 *   2  an entity whose id claims 5 bytes but holds 3 (truncated inside the entity)
 */
const handWritten = new Uint8Array(readFileSync(new URL("./fixtures/vehicle-positions-hand-written.pb", import.meta.url)));

describe("parseVehiclePositions", () => {
  it("reads the hand-written protobuf fixture and rejects its two bad entities individually", () => {
    const result = parseVehiclePositions(handWritten, { now: NOW });
    expect(result.header).toEqual({ gtfsRealtimeVersion: "2.0", incrementality: "FULL_DATASET", timestamp: HEADER_TIME });
    expect(result.records).toHaveLength(1);
    const [vehicle] = result.records;
    expect(vehicle).toMatchObject({
      entityId: "KBZ-512C",
      vehicleId: "KBZ-512C",
      label: "23 Kangemi",
      tripId: "CITY_KNGM",
      routeId: "80000002311",
      bearing: 270,
      speed: 8.5,
      timestamp: new Date(1_713_999_990_000),
      stale: false,
    });
    // Positions travel as 32-bit floats: about half a metre of precision.
    expect(vehicle?.lat).toBeCloseTo(-1.264, 5);
    expect(vehicle?.lon).toBeCloseTo(36.8041, 5);
    expect(result.rejections).toEqual([
      expect.objectContaining({ index: 1, reason: "position is 0,0 (no GPS fix)" }),
      expect.objectContaining({ index: 2, reason: expect.stringMatching(/^entity does not decode/) }),
    ]);
    expect(result.rejections[1]?.excerpt).toBe("0a054b4441");
  });

  it("reads a feed produced by the official bindings, ignoring other entity types", () => {
    const bytes = bindingsFeed([
      {
        id: "v1",
        vehicle: {
          vehicle: { id: "KBC-100A" },
          trip: { tripId: "KNGM_CITY", routeId: "80000002311" },
          position: { latitude: -1.2921, longitude: 36.8219 },
          timestamp: HEADER_SECONDS - 5,
        },
      },
      // No vehicle descriptor and no timestamp: the entity id and the header time stand in.
      { id: "v2", vehicle: { position: { latitude: -1.3, longitude: 36.9 } } },
      { id: "t1", tripUpdate: { trip: { tripId: "CITY_KNGM" }, delay: 60 } },
    ]);
    const result = parseVehiclePositions(bytes, { now: NOW });
    expect(result.rejections).toEqual([]);
    expect(result.records.map((vehicle) => [vehicle.vehicleId, vehicle.tripId, vehicle.timestamp.getTime() / 1000])).toEqual([
      ["KBC-100A", "KNGM_CITY", HEADER_SECONDS - 5],
      ["v2", null, HEADER_SECONDS],
    ]);
    expect(result.records[1]).toMatchObject({ bearing: null, speed: null, label: null, routeId: null });
  });

  it("flags positions older than 90 seconds as stale", () => {
    const bytes = bindingsFeed([
      { id: "fresh", vehicle: { position: { latitude: -1.3, longitude: 36.8 }, timestamp: HEADER_SECONDS - 60 } },
      { id: "old", vehicle: { position: { latitude: -1.3, longitude: 36.8 }, timestamp: HEADER_SECONDS - 61 } },
    ]);
    const stale = parseVehiclePositions(bytes, { now: NOW }).records.map((vehicle) => [vehicle.entityId, vehicle.stale]);
    expect(stale).toEqual([
      ["fresh", false],
      ["old", true],
    ]);
  });

  it.each([
    ["latitude out of range", { latitude: 91, longitude: 36.8 }, /latitude 91 is not within/],
    ["longitude out of range", { latitude: -1.3, longitude: -181 }, /longitude -181 is not within/],
    ["NaN latitude", { latitude: NaN, longitude: 36.8 }, /latitude NaN/],
    ["infinite longitude", { latitude: -1.3, longitude: Infinity }, /longitude Infinity/],
    ["bearing past 360", { latitude: -1.3, longitude: 36.8, bearing: 400 }, /bearing 400/],
    ["negative speed", { latitude: -1.3, longitude: 36.8, speed: -2 }, /speed -2/],
    ["speed of a jet", { latitude: -1.3, longitude: 36.8, speed: 250 }, /speed 250/],
  ])("rejects a vehicle with %s and keeps the others", (_label, position, reason) => {
    const bytes = bindingsFeed([
      { id: "bad", vehicle: { position } },
      { id: "good", vehicle: { position: { latitude: -1.3, longitude: 36.8 } } },
    ]);
    const result = parseVehiclePositions(bytes, { now: NOW });
    expect(result.records.map((vehicle) => vehicle.entityId)).toEqual(["good"]);
    expect(result.rejections).toEqual([expect.objectContaining({ index: 0, reason: expect.stringMatching(reason) })]);
  });

  it.each([
    ["before 2000", 946_684_799, /before 2000/],
    ["two days ahead", HEADER_SECONDS + 2 * 86_400, /too far in the future/],
  ])("rejects a vehicle timestamp %s", (_label, timestamp, reason) => {
    const bytes = bindingsFeed([{ id: "v", vehicle: { position: { latitude: -1.3, longitude: 36.8 }, timestamp } }]);
    const result = parseVehiclePositions(bytes, { now: NOW });
    expect(result.records).toEqual([]);
    expect(result.rejections[0]?.reason).toMatch(reason);
  });

  it("rejects a vehicle without a position, and a trip descriptor naming neither trip nor route", () => {
    const bytes = bindingsFeed([
      { id: "nowhere", vehicle: { vehicle: { id: "x" } } },
      { id: "anon-trip", vehicle: { position: { latitude: -1.3, longitude: 36.8 }, trip: { directionId: 1 } } },
    ]);
    const result = parseVehiclePositions(bytes, { now: NOW });
    expect(result.rejections.map((rejection) => rejection.reason)).toEqual([
      "vehicle position has no position",
      "trip descriptor has neither trip_id nor route_id",
    ]);
    // The excerpt of a decodable entity is its JSON, which a person can read.
    expect(result.rejections[0]?.excerpt).toBe('{"id":"nowhere","vehicle":{"vehicle":{"id":"x"}}}');
  });

  it("skips deleted entities of a DIFFERENTIAL feed without rejecting them", () => {
    const bytes = bindingsFeed([{ id: "gone", isDeleted: true, vehicle: { position: { latitude: 0, longitude: 0 } } }], {
      incrementality: 1,
    });
    const result = parseVehiclePositions(bytes, { now: NOW });
    expect(result).toMatchObject({ records: [], rejections: [], header: { incrementality: "DIFFERENTIAL" } });
  });

  it.each([
    ["an empty body", new Uint8Array(), /has no header/],
    ["a truncated feed", handWritten.subarray(0, 40), /truncated/],
    ["HTML from a proxy", new TextEncoder().encode("<html><body>502 Bad Gateway</body></html>"), /FeedMessage/],
    ["a header without timestamp", bindingsFeed([], { timestamp: 0 }), /header timestamp is missing/],
    ["an empty version", bindingsFeed([], { gtfsRealtimeVersion: "" }), /unsupported gtfs_realtime_version ""/],
    ["version 3.0", bindingsFeed([], { gtfsRealtimeVersion: "3.0" }), /unsupported gtfs_realtime_version "3.0"/],
    ["a header from 1999", bindingsFeed([], { timestamp: 915_148_800 }), /before 2000/],
  ])("rejects %s as a whole document", (_label, bytes, reason) => {
    const result = parseVehiclePositions(bytes, { now: NOW });
    expectWellFormedResult(result);
    expect(result.records).toEqual([]);
    expect(result.header).toBeNull();
    expect(result.rejections).toHaveLength(1);
    expect(result.rejections[0]?.reason).toMatch(reason);
    expect(result.rejections[0]?.index).toBeUndefined();
  });

  it("rejects a header that lacks the required version field", () => {
    // Header with only a timestamp (field 3): protobuf decoding refuses the missing required field.
    const bytes = Uint8Array.from([0x0a, 0x06, 0x18, 0x80, 0xa1, 0xa6, 0xb1, 0x06]);
    const result = parseVehiclePositions(bytes, { now: NOW });
    expect(result.rejections[0]?.reason).toMatch(/header does not decode: missing required 'gtfsRealtimeVersion'/);
  });
});
