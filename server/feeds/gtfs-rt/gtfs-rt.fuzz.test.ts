import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, it } from "vitest";
import { parseAlerts } from "./parse-alerts";
import { parseTripUpdates } from "./parse-trip-updates";
import { parseVehiclePositions } from "./parse-vehicle-positions";
import { encodeAlerts, encodeTripUpdates } from "./encode-feed";
import { bindingsFeed, HEADER_TIME, NOW } from "./test-feeds";
import { expectWellFormedResult, mutateBytes } from "../testing";

const parsers = [parseVehiclePositions, parseTripUpdates, parseAlerts];

const validFeeds = [
  new Uint8Array(readFileSync(new URL("./fixtures/vehicle-positions-hand-written.pb", import.meta.url))),
  encodeTripUpdates(
    [
      {
        entityId: "tu",
        trip: { tripId: "CITY_KNGM", routeId: null, directionId: null, startDate: null, startTime: null, scheduleRelationship: "SCHEDULED" },
        vehicleId: null,
        delay: 30,
        stopTimeUpdates: [{ stopSequence: 1, stopId: "0811ODE", arrival: { delay: 30, time: null, uncertainty: null }, departure: null, scheduleRelationship: "SCHEDULED" }],
        timestamp: HEADER_TIME,
      },
    ],
    HEADER_TIME,
  ),
  encodeAlerts(
    [
      {
        entityId: "a",
        cause: "STRIKE",
        effect: "REDUCED_SERVICE",
        severityLevel: "INFO",
        headerText: [{ text: "Matatu strike", language: "en" }],
        descriptionText: [],
        url: [],
        informedEntities: [{ agencyId: "UON", routeId: null, routeType: null, tripId: null, stopId: null, directionId: null }],
        activePeriods: [{ start: HEADER_TIME, end: null }],
      },
    ],
    HEADER_TIME,
  ),
];

const edit = fc.record({ at: fc.nat(), kind: fc.integer({ min: 0, max: 2 }), byte: fc.integer({ min: 0, max: 255 }) });

describe("GTFS-Realtime parsers under fuzzing", () => {
  it("never throw on arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), (bytes) => {
        for (const parse of parsers) expectWellFormedResult(parse(bytes, { now: NOW }));
      }),
      { numRuns: 400 },
    );
  });

  it("never throw on mutated valid feeds", () => {
    fc.assert(
      fc.property(fc.constantFrom(...validFeeds), fc.array(edit, { minLength: 1, maxLength: 6 }), (feed, edits) => {
        const bytes = mutateBytes(feed, edits);
        for (const parse of parsers) expectWellFormedResult(parse(bytes, { now: NOW }));
      }),
      { numRuns: 400 },
    );
  });

  it("never throw on well-formed feeds with arbitrary field values", () => {
    const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
    const seconds = fc.integer({ min: 0, max: 2 ** 40 });
    const trip = fc.record({ tripId: optional(fc.string()), routeId: optional(fc.string()), startDate: optional(fc.string()), scheduleRelationship: optional(fc.integer({ min: 0, max: 9 })) });
    const entity = fc.record({
      id: fc.string(),
      vehicle: optional(
        fc.record({
          trip: optional(trip),
          position: optional(fc.record({ latitude: fc.float(), longitude: fc.float(), bearing: optional(fc.float()), speed: optional(fc.float()) })),
          timestamp: optional(seconds),
        }),
      ),
      tripUpdate: optional(
        fc.record({
          trip,
          delay: optional(fc.integer()),
          stopTimeUpdate: fc.array(fc.record({ stopSequence: optional(fc.nat()), arrival: optional(fc.record({ delay: optional(fc.integer()), time: optional(seconds) })) }), { maxLength: 3 }),
        }),
      ),
      alert: optional(
        fc.record({
          cause: optional(fc.integer({ min: 0, max: 20 })),
          headerText: optional(fc.record({ translation: fc.array(fc.record({ text: fc.string() }), { maxLength: 2 }) })),
          informedEntity: fc.array(fc.record({ stopId: optional(fc.string()), routeType: optional(fc.integer()) }), { maxLength: 2 }),
          activePeriod: fc.array(fc.record({ start: optional(seconds), end: optional(seconds) }), { maxLength: 2 }),
        }),
      ),
    });
    fc.assert(
      fc.property(fc.array(entity, { maxLength: 4 }), (entities) => {
        const bytes = bindingsFeed(entities);
        for (const parse of parsers) expectWellFormedResult(parse(bytes, { now: NOW }));
      }),
      { numRuns: 300 },
    );
  });
});
