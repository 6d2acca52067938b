/**
 * Reads one city folder. Its shape (the same for every city):
 *   city.json                     agencies, synthetic bases, ambulance hospitals, traffic corridors
 *   geo/*.geojson                 areas, roads, rivers and landmarks (file names below)
 *   gtfs/                         GTFS static feed of the public transport network (folder or gtfs.zip)
 *   history/*.csv                 optional: past road crashes (Ma3Route columns), named in city.json
 *   env/                          series the simulator replays (not read by the seed)
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { LineString, MultiPolygon, Point, Polygon } from "geojson";
import { parseGtfs } from "@/server/feeds/gtfs-static/parse-gtfs";
import { readGtfsSource } from "@/server/feeds/gtfs-static/read-gtfs-source";
import type { GtfsParseResult } from "@/server/feeds/gtfs-static/gtfs-types";
import { CityConfig } from "./city-config";
import { AreaIndex } from "./geo/area-index";
import { readGeoJson, textProperty, type GeoFeature } from "./read-geojson";

export interface CityData {
  dir: string;
  config: CityConfig;
  constituencies: GeoFeature<Polygon | MultiPolygon>[];
  wards: GeoFeature<Polygon | MultiPolygon>[];
  /** Point-in-ward lookup over `wards`, keyed by ward code. */
  wardIndex: AreaIndex;
  majorRoads: GeoFeature<LineString>[];
  cbdStreets: GeoFeature<LineString>[];
  rivers: GeoFeature<LineString>[];
  hospitals: GeoFeature<Point | Polygon>[];
  healthFacilities: GeoFeature<Point>[];
  schools: GeoFeature<Point>[];
  /** Path of the GTFS source, as given to `readGtfsSource`. */
  gtfsPath: string;
  /** The source's version (its digest), as the GTFS static poller computes it. */
  gtfsVersion: string;
  gtfs: GtfsParseResult;
  crashesCsv: string | null;
}

const AREAS = ["Polygon", "MultiPolygon"] as const;

export const wardCode = (ward: GeoFeature) => textProperty(ward.properties, "ward_code");

export async function readCityData(dir: string): Promise<CityData> {
  const geo = (name: string) => join(dir, "geo", name);
  const config = CityConfig.parse(JSON.parse(await readFile(join(dir, "city.json"), "utf8")));
  const gtfsZip = join(dir, "gtfs.zip");
  const gtfsPath = existsSync(gtfsZip) ? gtfsZip : join(dir, "gtfs");
  const crashesPath = config.roadCrashesCsv ? join(dir, config.roadCrashesCsv) : null;
  const [constituencies, wards, majorRoads, cbdStreets, rivers, hospitals, healthFacilities, schools, gtfsSource, crashesCsv] =
    await Promise.all([
      readGeoJson(geo("constituencies.geojson"), AREAS),
      readGeoJson(geo("wards.geojson"), AREAS),
      readGeoJson(geo("roads-osm.geojson"), ["LineString"]),
      readGeoJson(geo("cbd-streets-osm.geojson"), ["LineString"]),
      readGeoJson(geo("rivers-gshhg.geojson"), ["LineString"]),
      readGeoJson(geo("hospitals-osm.geojson"), ["Point", "Polygon"]),
      readGeoJson(geo("health-facilities-moh.geojson"), ["Point"]),
      readGeoJson(geo("schools-osm.geojson"), ["Point"]),
      readGtfsSource(gtfsPath),
      crashesPath ? readFile(crashesPath, "utf8") : Promise.resolve(null),
    ]);
  const wardIndex = new AreaIndex(wards.flatMap((ward) => (wardCode(ward) ? [{ code: wardCode(ward)!, geometry: ward.geometry }] : [])));
  return {
    dir,
    config,
    constituencies,
    wards,
    wardIndex,
    majorRoads,
    cbdStreets,
    rivers,
    hospitals,
    healthFacilities,
    schools,
    gtfsPath,
    gtfsVersion: gtfsSource.version,
    gtfs: await parseGtfs(await gtfsSource.files()),
    crashesCsv,
  };
}
