import { describe, expect, it } from "vitest";
import { parseGtfsTime } from "./fields";
import { parseGtfs } from "./parse-gtfs";
import { readGtfsSource } from "./read-gtfs-source";
import { NAIROBI_GTFS, nairobiSample } from "./testing/nairobi-sample";

describe("parseGtfsTime", () => {
  it.each([
    ["6:00:00", 21_600],
    ["06:15:30", 22_530],
    ["25:10:00", 90_600],
    [" 0:00:00 ", 0],
  ])("%s is %i s after midnight", (text, seconds) => {
    expect(parseGtfsTime(text)).toBe(seconds);
  });

  it.each(["", "6:00", "6:60:00", "6:00:61", "-1:00:00", "6h00", "123:00:00", "NaN"])("rejects %j", (text) => {
    expect(parseGtfsTime(text)).toBeNull();
  });
});

describe("parseGtfs", () => {
  it("parses the whole Nairobi feed with no rejection", async () => {
    const { feed, rejections } = await parseGtfs(await (await readGtfsSource(NAIROBI_GTFS)).files());
    expect(rejections).toEqual([]);
    // The README says 117 routes and 2,471 stops: that counts lines (routes.txt has no final
    // newline, stops.txt has a blank line). The files hold 118 routes (117 with trips) and 2,470 stops.
    expect(feed.routes).toHaveLength(118);
    expect(new Set(feed.trips.map((t) => t.routeId)).size).toBe(117);
    expect(feed.stops).toHaveLength(2470);
    expect(feed.stops.filter((s) => s.locationType === 1)).toHaveLength(17);
    expect(feed.trips).toHaveLength(236);
    expect(feed.stopTimes).toHaveLength(2382);
    expect(feed.shapes).toHaveLength(20_609);
  });

  it("types the real rows", async () => {
    const { feed, rejections } = await parseGtfs(nairobiSample());
    expect(rejections).toEqual([]);
    expect(feed.routes[1]).toEqual({
      id: "20100010011",
      agencyId: "UON",
      shortName: "100",
      longName: "Kiambu",
      description: "O.T.C-Pangani-Muthaiga Roundabout-Kiambu Rd-Kiambu Institute-Kiambu",
      routeType: 3,
      color: null,
    });
    expect(feed.trips[0]).toEqual({
      id: "CITY_KNGM",
      routeId: "80000002311",
      serviceId: "DAILY",
      headsign: "Town-Kangemi",
      directionId: 1,
      shapeId: "8002311",
    });
    expect(feed.stopTimes[1]).toEqual({ tripId: "CITY_KNGM", stopSequence: 2, stopId: "0801CHR", arrivalS: 22_500, departureS: 22_620 });
    expect(feed.shapes[0]).toEqual({ shapeId: "7000111", sequence: 1001, lat: -1.320547, lon: 36.70583 });
  });

  it("rejects malformed rows with a reason and keeps the rest", async () => {
    const files = nairobiSample();
    files["stops.txt"] +=
      "BADLAT,,Nowhere,D,-91.5,36.8,,,,\r\n" +
      "NANLON,,Nowhere,D,-1.29,NaN,,,,\r\n" +
      "HEXLAT,,Nowhere,D,0x10,36.8,,,,\r\n" +
      "ZERO,,Null Island,D,0,0,,,,\r\n" +
      "NONAME,,,D,-1.29,36.8,,,,\r\n" +
      "0711RWY,,Railways again,D,-1.290475,36.82801,,,,\r\n" +
      "ORPHAN,,Orphan,D,-1.29,36.8,,,,NOSUCHSTATION\r\n";
    files["routes.txt"] += "R-BADTYPE,UON,9,Nowhere,,bus,,,\r\nR-COLOR,UON,9,Nowhere,,3,,red,\r\nR-NONAME,UON,,,,3,,,\r\n";
    files["trips.txt"] += "NOSUCHROUTE,DAILY,T-ORPHAN,Nowhere,0,,\r\n80000002311,DAILY,T-DIR,Nowhere,2,,\r\n";
    files["stop_times.txt"] +=
      "CITY_KNGM,25:10:00,25:12:00,0811ODE,9,,,\r\n" +
      "CITY_KNGM,6:61:00,6:62:00,0811ODE,10,,,\r\n" +
      "CITY_KNGM,7:00:00,6:59:00,0811ODE,11,,,\r\n" +
      "CITY_KNGM,,,0811ODE,12,,,\r\n" +
      "CITY_KNGM,7:00:00,7:00:00,NOSUCHSTOP,13,,,\r\n" +
      "NOSUCHTRIP,7:00:00,7:00:00,0811ODE,14,,,\r\n" +
      "CITY_KNGM,7:00:00,7:00:00,0811ODE,1.5,,,\r\n" +
      'CITY_KNGM,"7:00:00,7:00:00,0811ODE,15,,,\r\n';
    const { feed, rejections } = await parseGtfs(files);

    const reasons = rejections.map((r) => `${r.file}:${r.line} ${r.reason}`);
    expect(reasons).toEqual([
      "stops.txt:10 stop_lat must be between -90 and 90, got -91.5",
      'stops.txt:11 stop_lon must be a number, got "NaN"',
      'stops.txt:12 stop_lat must be a number, got "0x10"',
      "stops.txt:13 stop at 0,0 (no real position)",
      "stops.txt:14 stop_name is required",
      "stops.txt:15 duplicate stop_id 0711RWY",
      "stops.txt:16 parent_station NOSUCHSTATION is not a station in stops.txt",
      'routes.txt:4 route_type must be an integer, got "bus"',
      'routes.txt:5 route_color must be 6 hex digits, got "red"',
      "routes.txt:6 route_short_name or route_long_name is required",
      "trips.txt:4 route_id NOSUCHROUTE is not in routes.txt",
      "trips.txt:5 direction_id must be between 0 and 1, got 2",
      'stop_times.txt:8 arrival_time must be H:MM:SS, got "6:61:00"',
      "stop_times.txt:9 departure_time is before arrival_time",
      "stop_times.txt:10 arrival_time is required",
      "stop_times.txt:11 stop_id NOSUCHSTOP is not in stops.txt",
      "stop_times.txt:12 trip_id NOSUCHTRIP is not in trips.txt",
      'stop_times.txt:13 stop_sequence must be an integer, got "1.5"',
      "stop_times.txt:14 unterminated quoted field",
    ]);
    expect(rejections[0]!.excerpt).toBe("BADLAT,,Nowhere,D,-91.5,36.8,,,,");
    // Good rows survive, and a trip past midnight keeps its > 24 h times.
    expect(feed.stops).toHaveLength(8);
    expect(feed.routes).toHaveLength(2);
    expect(feed.stopTimes.find((s) => s.stopSequence === 9)).toMatchObject({ arrivalS: 90_600, departureS: 90_720 });
  });

  it("rejects a missing required file instead of throwing, and accepts a feed without shapes", async () => {
    const { "stops.txt": _stops, "shapes.txt": _shapes, ...rest } = nairobiSample();
    const { feed, rejections } = await parseGtfs(rest);
    expect(rejections[0]).toEqual({ file: "stops.txt", line: 0, reason: "required file missing", excerpt: "" });
    expect(feed.stops).toEqual([]);
    expect(feed.shapes).toEqual([]);
    // Without stops every stop time points nowhere.
    expect(feed.stopTimes).toEqual([]);
    expect(rejections.filter((r) => r.file === "shapes.txt")).toEqual([]);
  });

  it("survives garbage", async () => {
    const garbage = { "stops.txt": "\u0000\u0001,,,\n\"", "routes.txt": "x", "trips.txt": "", "stop_times.txt": "a,b\n1" };
    expect((await parseGtfs(garbage)).feed.stops).toEqual([]);
  });

  it("lets other work run while it parses a large feed", async () => {
    // 40,000 stop times of one trip: eight times the rows parsed between two turns.
    const files = nairobiSample();
    const [header, first] = files["stop_times.txt"]!.split("\r\n");
    const [trip, arrival, departure, stop] = first!.split(",");
    const rows = Array.from({ length: 40_000 }, (_, i) => `${trip},${arrival},${departure},${stop},${i + 1000},,,`);
    files["stop_times.txt"] = [header, ...rows].join("\r\n") + "\r\n";
    let turnsDuringParse = 0;
    let parsing = true;
    const tick = () => {
      if (!parsing) return;
      turnsDuringParse++;
      setImmediate(tick);
    };
    setImmediate(tick);
    const { feed } = await parseGtfs(files);
    parsing = false;
    expect(feed.stopTimes).toHaveLength(40_000);
    expect(turnsDuringParse).toBeGreaterThanOrEqual(8);
  });
});
