import type { Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { crashToIncident, parseLocalDateTime } from "./crash-incident";
import { AreaIndex } from "./geo/area-index";

const NAIROBI_OFFSET = 180;
/** A square "ward" around the first crash of the real file. */
const square: Polygon = { type: "Polygon", coordinates: [[[36.7, -1.3], [36.8, -1.3], [36.8, -1.2], [36.7, -1.2], [36.7, -1.3]]] };
const wards = new AreaIndex([{ code: "1374", geometry: square }]);

/** The real first row of the Ma3Route file, with overrides. */
const crash = (overrides: Record<string, string> = {}) => ({
  crash_id: "1",
  crash_datetime: "06/06/2018 20:39",
  crash_date: "06/06/2018",
  latitude: "-1.26302986",
  longitude: "36.76437436",
  n_crash_reports: "1",
  contains_fatality_words: "0",
  contains_pedestrian_words: "0",
  contains_matatu_words: "0",
  contains_motorcycle_words: "0",
  ...overrides,
});

describe("parseLocalDateTime", () => {
  it("reads DD/MM/YYYY HH:MM as Nairobi local time (UTC+3)", () => {
    expect(parseLocalDateTime("06/06/2018 20:39", NAIROBI_OFFSET)?.toISOString()).toBe("2018-06-06T17:39:00.000Z");
    expect(parseLocalDateTime("01/01/2019 01:00", NAIROBI_OFFSET)?.toISOString()).toBe("2018-12-31T22:00:00.000Z");
  });

  it.each(["31/02/2019 10:00", "2019-01-01 10:00", "06/13/2018 20:39", "06/06/2018 24:00", ""])("rejects %j", (text) => {
    expect(parseLocalDateTime(text, NAIROBI_OFFSET)).toBeNull();
  });
});

describe("crashToIncident", () => {
  it("makes a closed historic police incident, closed an hour after the report", () => {
    const outcome = crashToIncident(crash(), wards, NAIROBI_OFFSET);
    expect(outcome).toEqual({
      row: expect.objectContaining({
        agencyId: "police",
        type: "road_collision",
        status: "closed",
        priority: 3,
        title: "Road collision",
        source: "history",
        sourceRef: "1",
        synthetic: false,
        wardCode: "1374",
        lon: 36.76437436,
        lat: -1.26302986,
        reportedAt: new Date("2018-06-06T17:39:00Z"),
        clearedAt: new Date("2018-06-06T18:39:00Z"),
        closedAt: new Date("2018-06-06T18:39:00Z"),
      }),
    });
  });

  it.each([
    [{ contains_fatality_words: "1", contains_pedestrian_words: "1" }, 1, "Road collision (fatality reported)"],
    [{ contains_pedestrian_words: "1", contains_matatu_words: "1" }, 2, "Road collision involving a pedestrian"],
    [{ contains_motorcycle_words: "1" }, 2, "Road collision involving a motorcycle"],
    [{ contains_matatu_words: "1" }, 3, "Road collision involving a matatu"],
  ])("ranks %j as P%i", (flags, priority, title) => {
    expect(crashToIncident(crash(flags), wards, NAIROBI_OFFSET)).toEqual({ row: expect.objectContaining({ priority, title }) });
  });

  it("leaves out crashes outside every ward, and malformed rows", () => {
    expect(crashToIncident(crash({ latitude: "-0.829710012", longitude: "37.03782" }), wards, NAIROBI_OFFSET)).toEqual({ skipped: "outside" });
    expect(crashToIncident(crash({ latitude: "NaN" }), wards, NAIROBI_OFFSET)).toEqual({ skipped: "malformed" });
    expect(crashToIncident(crash({ crash_datetime: "yesterday" }), wards, NAIROBI_OFFSET)).toEqual({ skipped: "malformed" });
    expect(crashToIncident(crash({ crash_id: " " }), wards, NAIROBI_OFFSET)).toEqual({ skipped: "malformed" });
  });
});
