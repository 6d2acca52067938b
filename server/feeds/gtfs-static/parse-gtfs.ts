/**
 * Pure GTFS static parser: files' text in, typed records and typed rejections out. It never throws
 * on bad input; each bad row is rejected with its reason, and rows that point at a rejected or
 * missing row (a trip of an unknown route, a stop time of an unknown stop) are rejected too, so
 * what comes out always loads under the schema's foreign keys.
 *
 * It gives the event loop back every few thousand rows: a large city's feed is millions of
 * stop times, at about 130 ms a megabyte, and the same process is ingesting sensors and serving
 * the API meanwhile.
 */
import { setImmediate as yieldToIo } from "node:timers/promises";
import { parseCsv, type CsvRecord } from "./csv";
import { Fields, RowError } from "./fields";
import type {
  GtfsFiles,
  GtfsParseResult,
  GtfsRejection,
  GtfsRoute,
  GtfsShapePoint,
  GtfsStop,
  GtfsStopTime,
  GtfsTrip,
} from "./gtfs-types";

const EXCERPT_CHARS = 512;
/** GTFS route_type: basic types 0-12 and the extended (Google) range 100-1702. */
const MAX_ROUTE_TYPE = 1702;
const MAX_SEQUENCE = 2_147_483_647;
/** Rows parsed between two turns of the event loop: a few milliseconds' work. */
const ROWS_PER_TURN = 5_000;

async function readRows<T>(
  files: GtfsFiles,
  file: string,
  required: boolean,
  rejections: GtfsRejection[],
  parseRow: (fields: Fields, record: CsvRecord) => T,
): Promise<T[]> {
  const text = files[file];
  if (text === undefined) {
    if (required) rejections.push({ file, line: 0, reason: "required file missing", excerpt: "" });
    return [];
  }
  const rows: T[] = [];
  let sinceTurn = 0;
  for (const record of parseCsv(text).records) {
    if (++sinceTurn === ROWS_PER_TURN) {
      sinceTurn = 0;
      await yieldToIo();
    }
    try {
      if (record.error) throw new RowError(record.error);
      rows.push(parseRow(new Fields(record.values), record));
    } catch (error) {
      if (!(error instanceof RowError)) throw error;
      rejections.push(rejection(file, record, error.message));
    }
  }
  return rows;
}

function rejection(file: string, record: CsvRecord, reason: string): GtfsRejection {
  return { file, line: record.line, reason, excerpt: record.raw.slice(0, EXCERPT_CHARS) };
}

/** Throws RowError when `key` was already accepted, else remembers it. */
function claimUnique(seen: Set<string>, key: string, what: string): void {
  if (seen.has(key)) throw new RowError(`duplicate ${what} ${key}`);
  seen.add(key);
}

async function parseStops(files: GtfsFiles, rejections: GtfsRejection[]): Promise<GtfsStop[]> {
  const records = new Map<string, CsvRecord>();
  const stops = await readRows(files, "stops.txt", true, rejections, (f, record): GtfsStop => {
    const stop: GtfsStop = {
      id: f.text("stop_id"),
      code: f.optionalText("stop_code"),
      name: f.text("stop_name"),
      lat: f.decimal("stop_lat", -90, 90),
      lon: f.decimal("stop_lon", -180, 180),
      locationType: f.optionalInteger("location_type", 0, 2) ?? 0,
      parentStation: f.optionalText("parent_station"),
    };
    if (stop.lat === 0 && stop.lon === 0) throw new RowError("stop at 0,0 (no real position)");
    if (records.has(stop.id)) throw new RowError(`duplicate stop_id ${stop.id}`);
    records.set(stop.id, record);
    return stop;
  });
  // A parent may come later in the file, so references are checked once every stop is known.
  const stations = new Set(stops.filter((s) => s.locationType === 1).map((s) => s.id));
  return stops.filter((stop) => {
    if (stop.parentStation === null || stations.has(stop.parentStation)) return true;
    rejections.push(rejection("stops.txt", records.get(stop.id)!, `parent_station ${stop.parentStation} is not a station in stops.txt`));
    return false;
  });
}

async function parseRoutes(files: GtfsFiles, rejections: GtfsRejection[]): Promise<GtfsRoute[]> {
  const ids = new Set<string>();
  return readRows(files, "routes.txt", true, rejections, (f): GtfsRoute => {
    const route: GtfsRoute = {
      id: f.text("route_id"),
      agencyId: f.optionalText("agency_id"),
      shortName: f.optionalText("route_short_name"),
      longName: f.optionalText("route_long_name"),
      description: f.optionalText("route_desc"),
      routeType: f.integer("route_type", 0, MAX_ROUTE_TYPE),
      color: f.optionalColor("route_color"),
    };
    if (route.shortName === null && route.longName === null) throw new RowError("route_short_name or route_long_name is required");
    claimUnique(ids, route.id, "route_id");
    return route;
  });
}

async function parseShapes(files: GtfsFiles, rejections: GtfsRejection[]): Promise<GtfsShapePoint[]> {
  const keys = new Set<string>();
  return readRows(files, "shapes.txt", false, rejections, (f): GtfsShapePoint => {
    const point: GtfsShapePoint = {
      shapeId: f.text("shape_id"),
      sequence: f.integer("shape_pt_sequence", 0, MAX_SEQUENCE),
      lat: f.decimal("shape_pt_lat", -90, 90),
      lon: f.decimal("shape_pt_lon", -180, 180),
    };
    claimUnique(keys, `${point.shapeId}#${point.sequence}`, "shape point");
    return point;
  });
}

async function parseTrips(files: GtfsFiles, rejections: GtfsRejection[], routeIds: Set<string>): Promise<GtfsTrip[]> {
  const ids = new Set<string>();
  return readRows(files, "trips.txt", true, rejections, (f): GtfsTrip => {
    const trip: GtfsTrip = {
      id: f.text("trip_id"),
      routeId: f.text("route_id"),
      serviceId: f.text("service_id"),
      headsign: f.optionalText("trip_headsign"),
      directionId: f.optionalInteger("direction_id", 0, 1),
      shapeId: f.optionalText("shape_id"),
    };
    if (!routeIds.has(trip.routeId)) throw new RowError(`route_id ${trip.routeId} is not in routes.txt`);
    claimUnique(ids, trip.id, "trip_id");
    return trip;
  });
}

async function parseStopTimes(files: GtfsFiles, rejections: GtfsRejection[], tripIds: Set<string>, stopIds: Set<string>): Promise<GtfsStopTime[]> {
  const keys = new Set<string>();
  return readRows(files, "stop_times.txt", true, rejections, (f): GtfsStopTime => {
    const stopTime: GtfsStopTime = {
      tripId: f.text("trip_id"),
      stopSequence: f.integer("stop_sequence", 0, MAX_SEQUENCE),
      stopId: f.text("stop_id"),
      // GTFS lets non-timepoints leave times empty; CityDeck needs a time at every stop.
      arrivalS: f.time("arrival_time"),
      departureS: f.time("departure_time"),
    };
    if (stopTime.departureS < stopTime.arrivalS) throw new RowError("departure_time is before arrival_time");
    if (!tripIds.has(stopTime.tripId)) throw new RowError(`trip_id ${stopTime.tripId} is not in trips.txt`);
    if (!stopIds.has(stopTime.stopId)) throw new RowError(`stop_id ${stopTime.stopId} is not in stops.txt`);
    claimUnique(keys, `${stopTime.tripId}#${stopTime.stopSequence}`, "stop_sequence of trip");
    return stopTime;
  });
}

/** A rejection in one line, the way operators read it: "stops.txt:13 stop at 0,0 (no real position)". */
export const describeRejection = ({ file, line, reason }: GtfsRejection) => `${file}:${line} ${reason}`;

export async function parseGtfs(files: GtfsFiles): Promise<GtfsParseResult> {
  const rejections: GtfsRejection[] = [];
  const stops = await parseStops(files, rejections);
  const routes = await parseRoutes(files, rejections);
  const shapes = await parseShapes(files, rejections);
  const trips = await parseTrips(files, rejections, new Set(routes.map((r) => r.id)));
  const stopTimes = await parseStopTimes(
    files,
    rejections,
    new Set(trips.map((t) => t.id)),
    new Set(stops.map((s) => s.id)),
  );
  return { feed: { routes, stops, trips, stopTimes, shapes }, rejections };
}
