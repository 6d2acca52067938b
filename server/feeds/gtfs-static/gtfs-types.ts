/** The parts of a GTFS static feed CityDeck uses, as typed records (times in seconds after midnight). */

export interface GtfsRoute {
  id: string;
  agencyId: string | null;
  shortName: string | null;
  longName: string | null;
  description: string | null;
  routeType: number;
  color: string | null;
}

export interface GtfsStop {
  id: string;
  code: string | null;
  name: string;
  lat: number;
  lon: number;
  /** 0 stop, 1 station, 2 entrance (GTFS location_type). */
  locationType: number;
  parentStation: string | null;
}

export interface GtfsTrip {
  id: string;
  routeId: string;
  serviceId: string;
  headsign: string | null;
  directionId: number | null;
  shapeId: string | null;
}

export interface GtfsStopTime {
  tripId: string;
  stopSequence: number;
  stopId: string;
  arrivalS: number;
  departureS: number;
}

export interface GtfsShapePoint {
  shapeId: string;
  sequence: number;
  lat: number;
  lon: number;
}

export interface GtfsFeed {
  routes: GtfsRoute[];
  stops: GtfsStop[];
  trips: GtfsTrip[];
  stopTimes: GtfsStopTime[];
  shapes: GtfsShapePoint[];
}

/** A row (or a whole file, line 0) left out, with why: what a feed_rejects row is made from. */
export interface GtfsRejection {
  file: string;
  line: number;
  reason: string;
  excerpt: string;
}

export interface GtfsParseResult {
  feed: GtfsFeed;
  rejections: GtfsRejection[];
}

/** File name ("stops.txt") to its text. */
export type GtfsFiles = Record<string, string>;
