import { describe, expect, it } from "vitest";
import { parseTripUpdates } from "./parse-trip-updates";
import { bindingsFeed, HEADER_SECONDS, HEADER_TIME, NOW } from "./test-feeds";

const departure = HEADER_SECONDS + 300;

describe("parseTripUpdates", () => {
  it("reads trip and per-stop delays from a feed produced by the official bindings", () => {
    const bytes = bindingsFeed([
      {
        id: "tu-CITY_KNGM",
        tripUpdate: {
          trip: { tripId: "CITY_KNGM", routeId: "80000002311", directionId: 1, startDate: "20240424", startTime: "06:00:00" },
          vehicle: { id: "KBZ-512C" },
          timestamp: HEADER_SECONDS - 10,
          delay: 120,
          stopTimeUpdate: [
            { stopSequence: 2, stopId: "0801CHR", arrival: { delay: 120 }, departure: { delay: 180, uncertainty: 30 } },
            { stopSequence: 3, stopId: "0811WST", departure: { time: departure } },
            { stopSequence: 4, scheduleRelationship: 1 },
          ],
        },
      },
      { id: "vp", vehicle: { position: { latitude: -1.3, longitude: 36.8 } } },
    ]);
    const result = parseTripUpdates(bytes, { now: NOW });
    expect(result.rejections).toEqual([]);
    expect(result.records).toEqual([
      {
        entityId: "tu-CITY_KNGM",
        trip: {
          tripId: "CITY_KNGM",
          routeId: "80000002311",
          directionId: 1,
          startDate: "20240424",
          startTime: "06:00:00",
          scheduleRelationship: "SCHEDULED",
        },
        vehicleId: "KBZ-512C",
        delay: 120,
        stopTimeUpdates: [
          {
            stopSequence: 2,
            stopId: "0801CHR",
            arrival: { delay: 120, time: null, uncertainty: null },
            departure: { delay: 180, time: null, uncertainty: 30 },
            scheduleRelationship: "SCHEDULED",
          },
          {
            stopSequence: 3,
            stopId: "0811WST",
            arrival: null,
            departure: { delay: null, time: new Date(departure * 1000), uncertainty: null },
            scheduleRelationship: "SCHEDULED",
          },
          { stopSequence: 4, stopId: null, arrival: null, departure: null, scheduleRelationship: "SKIPPED" },
        ],
        timestamp: new Date((HEADER_SECONDS - 10) * 1000),
        stale: false,
      },
    ]);
  });

  it("uses the header time when the update has none, and flags it stale after 90 s", () => {
    const bytes = bindingsFeed([{ id: "tu", tripUpdate: { trip: { tripId: "CITY_KNGM" } } }]);
    const later = new Date(NOW.getTime() + 61_000);
    expect(parseTripUpdates(bytes, { now: NOW }).records[0]).toMatchObject({ timestamp: HEADER_TIME, stale: false });
    expect(parseTripUpdates(bytes, { now: later }).records[0]).toMatchObject({ stale: true });
  });

  it("accepts a cancelled trip identified by its route alone", () => {
    const bytes = bindingsFeed([
      { id: "tu", tripUpdate: { trip: { routeId: "80000002311", directionId: 0, startTime: "25:10:00", scheduleRelationship: 3 } } },
    ]);
    expect(parseTripUpdates(bytes, { now: NOW }).records[0]?.trip).toMatchObject({ tripId: null, scheduleRelationship: "CANCELED" });
  });

  it.each([
    ["a stop named by neither sequence nor id", { stopTimeUpdate: [{ arrival: { delay: 5 } }] }, /stop_time_update\[0\] has neither stop_sequence nor stop_id/],
    ["an arrival with neither delay nor time", { stopTimeUpdate: [{ stopSequence: 1, arrival: {} }] }, /arrival has neither delay nor time/],
    ["a delay of two days", { delay: 172_800 }, /trip delay 172800 s is beyond a day/],
    ["a stop delay of minus two days", { stopTimeUpdate: [{ stopSequence: 1, departure: { delay: -172_800 } }] }, /beyond a day/],
    ["an arrival time in 1970", { stopTimeUpdate: [{ stopSequence: 1, arrival: { time: 3600 } }] }, /before 2000/],
    ["a negative uncertainty", { stopTimeUpdate: [{ stopSequence: 1, arrival: { delay: 0, uncertainty: -1 } }] }, /uncertainty -1 is negative/],
    ["an unknown stop relationship", { stopTimeUpdate: [{ stopSequence: 1, scheduleRelationship: 9 }] }, /unsupported schedule_relationship 9/],
    ["a malformed start date", { trip: { tripId: "t", startDate: "2024-04-24" } }, /start_date "2024-04-24" is not YYYYMMDD/],
    ["a malformed start time", { trip: { tripId: "t", startTime: "6am" } }, /start_time "6am" is not HH:MM:SS/],
    // DELETED (7) arrived in a later spec version than this binding; guessing would misread the update.
    ["an unknown trip relationship", { trip: { tripId: "t", scheduleRelationship: 7 } }, /unsupported trip schedule_relationship 7/],
    ["a trip update timestamp from the future", { timestamp: HEADER_SECONDS + 3 * 86_400 }, /too far in the future/],
  ])("rejects a trip update with %s", (_label, fields, reason) => {
    const bytes = bindingsFeed([
      { id: "bad", tripUpdate: { trip: { tripId: "CITY_KNGM" }, ...fields } },
      { id: "good", tripUpdate: { trip: { tripId: "KNGM_CITY" } } },
    ]);
    const result = parseTripUpdates(bytes, { now: NOW });
    expect(result.records.map((update) => update.entityId)).toEqual(["good"]);
    expect(result.rejections).toEqual([expect.objectContaining({ index: 0, reason: expect.stringMatching(reason) })]);
  });
});
