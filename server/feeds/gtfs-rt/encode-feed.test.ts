import { describe, expect, it } from "vitest";
import { encodeAlerts, encodeTripUpdates, encodeVehiclePositions, type AlertInput, type TripUpdateInput } from "./encode-feed";
import { parseAlerts } from "./parse-alerts";
import { parseTripUpdates } from "./parse-trip-updates";
import { parseVehiclePositions } from "./parse-vehicle-positions";
import { realtime } from "./bindings";
import { HEADER_TIME, NOW } from "./test-feeds";

describe("GTFS-Realtime encoders", () => {
  it("write vehicle positions that parse back to the same records", () => {
    const vehicles = [
      {
        entityId: "KBZ-512C",
        vehicleId: "KBZ-512C",
        label: "23 Kangemi",
        tripId: "CITY_KNGM",
        routeId: "80000002311",
        lon: 36.8041,
        lat: -1.264,
        bearing: 270,
        speed: 8.5,
        timestamp: new Date(HEADER_TIME.getTime() - 5000),
      },
      { entityId: "e2", vehicleId: "KCA-001B", label: null, tripId: null, routeId: null, lon: 36.9, lat: -1.3, bearing: null, speed: null, timestamp: HEADER_TIME },
    ];
    const result = parseVehiclePositions(encodeVehiclePositions(vehicles, HEADER_TIME), { now: NOW });
    expect(result.rejections).toEqual([]);
    expect(result.header).toMatchObject({ gtfsRealtimeVersion: "2.0", incrementality: "FULL_DATASET", timestamp: HEADER_TIME });
    expect(result.records).toHaveLength(2);
    result.records.forEach((record, index) => {
      const { lon, lat, ...exact } = vehicles[index]!;
      expect(record).toMatchObject({ ...exact, stale: false });
      // 32-bit floats on the wire.
      expect(record.lon).toBeCloseTo(lon, 5);
      expect(record.lat).toBeCloseTo(lat, 5);
    });
  });

  it("write bytes the official bindings decode", () => {
    const bytes = encodeVehiclePositions([], HEADER_TIME);
    const message = realtime.FeedMessage.decode(bytes);
    expect(message.header.gtfsRealtimeVersion).toBe("2.0");
    expect(Number(message.header.timestamp)).toBe(HEADER_TIME.getTime() / 1000);
  });

  it("write trip updates that parse back to the same records", () => {
    const updates: TripUpdateInput[] = [
      {
        entityId: "tu-1",
        trip: { tripId: "CITY_KNGM", routeId: "80000002311", directionId: 1, startDate: "20240424", startTime: "06:00:00", scheduleRelationship: "SCHEDULED" },
        vehicleId: "KBZ-512C",
        delay: 90,
        stopTimeUpdates: [
          { stopSequence: 2, stopId: "0801CHR", arrival: { delay: 90, time: null, uncertainty: null }, departure: null, scheduleRelationship: "SCHEDULED" },
          { stopSequence: 3, stopId: null, arrival: null, departure: { delay: null, time: new Date(HEADER_TIME.getTime() + 600_000), uncertainty: 60 }, scheduleRelationship: "SCHEDULED" },
          { stopSequence: 5, stopId: "0811WST", arrival: null, departure: null, scheduleRelationship: "SKIPPED" },
        ],
        timestamp: HEADER_TIME,
      },
      {
        entityId: "tu-2",
        trip: { tripId: null, routeId: "80000002311", directionId: 0, startDate: null, startTime: "07:30:00", scheduleRelationship: "CANCELED" },
        vehicleId: null,
        delay: null,
        stopTimeUpdates: [],
        timestamp: HEADER_TIME,
      },
    ];
    const result = parseTripUpdates(encodeTripUpdates(updates, HEADER_TIME), { now: NOW });
    expect(result.rejections).toEqual([]);
    expect(result.records).toEqual(updates.map((update) => ({ ...update, stale: false })));
  });

  it("write alerts that parse back to the same records", () => {
    const alerts: AlertInput[] = [
      {
        entityId: "alert-flood",
        cause: "WEATHER",
        effect: "NO_SERVICE",
        severityLevel: "SEVERE",
        headerText: [{ text: "Flooding: no service on Mombasa Road <Bellevue & Cabanas>", language: "en" }],
        descriptionText: [],
        url: [{ text: "https://meteo.go.ke/", language: null }],
        informedEntities: [{ agencyId: null, routeId: "20100010011", routeType: 3, tripId: "CITY_KNGM", stopId: null, directionId: 0 }],
        activePeriods: [{ start: HEADER_TIME, end: null }, { start: null, end: new Date(HEADER_TIME.getTime() + 3_600_000) }],
      },
    ];
    const result = parseAlerts(encodeAlerts(alerts, HEADER_TIME), { now: NOW });
    expect(result.rejections).toEqual([]);
    expect(result.records).toEqual(alerts.map((alert) => ({ ...alert, timestamp: HEADER_TIME, stale: false })));
  });
});
