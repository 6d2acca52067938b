/**
 * The gazetteer's landmarks: OSM hospitals and schools, MOH health facilities, matatu stops, and
 * the synthetic unit bases of city.json. Every source keeps what lies in the county's bounding
 * box; each POI gets its ward by point-in-polygon (null just outside the county).
 */
import type { Geometry } from "geojson";
import { insertRows } from "@/db/insert-rows";
import { pois, type PoiKind } from "@/db/schema";
import type { CityData } from "./city-data";
import { labelPoint } from "./geo/label-point";
import { locate } from "./geo/locate";
import { textProperty } from "./read-geojson";
import type { SeedStep } from "./seed-step";

type PoiRow = typeof pois.$inferInsert;
type Properties = Record<string, string | number | boolean | null>;

interface PoiSource {
  id: string;
  kind: PoiKind;
  name: string;
  lon: number;
  lat: number;
  source: string;
  synthetic?: boolean;
  footprint?: Geometry;
  properties: Properties;
}

/** Selected tags as POI properties, dropping the ones a feature does not have. */
function pick(properties: Record<string, unknown>, keys: Record<string, string>): Properties {
  const picked: Properties = {};
  for (const [as, key] of Object.entries(keys)) {
    const value = textProperty(properties, key);
    if (value !== null) picked[as] = value;
  }
  return picked;
}

function osmHospitals(city: CityData): PoiSource[] {
  return city.hospitals.flatMap((feature) => {
    const name = textProperty(feature.properties, "name");
    if (!name) return [];
    const [lon, lat] = feature.geometry.type === "Point" ? (feature.geometry.coordinates as [number, number]) : labelPoint(feature.geometry);
    return [
      {
        id: `osm/${textProperty(feature.properties, "@id")}`,
        kind: "hospital" as const,
        name,
        lon,
        lat,
        source: "osm",
        footprint: feature.geometry.type === "Point" ? undefined : feature.geometry,
        properties: pick(feature.properties, { operatorType: "operator:type", emergency: "emergency", healthcare: "healthcare", beds: "beds" }),
      },
    ];
  });
}

function osmSchools(city: CityData): PoiSource[] {
  return city.schools.flatMap((feature) => {
    const name = textProperty(feature.properties, "name");
    if (!name) return [];
    const [lon, lat] = feature.geometry.coordinates as [number, number];
    const properties = pick(feature.properties, { operatorType: "operator:type", iscedLevel: "isced:level" });
    return [{ id: `osm/${textProperty(feature.properties, "@id")}`, kind: "school" as const, name, lon, lat, source: "osm", properties }];
  });
}

/** MOH points have no id: the slug of the name, numbered on repeats in file order, is stable. */
function mohFacilities(city: CityData): PoiSource[] {
  const uses = new Map<string, number>();
  return city.healthFacilities.flatMap((feature) => {
    const name = textProperty(feature.properties, "F_NAME");
    if (!name) return [];
    const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
    const n = (uses.get(slug) ?? 0) + 1;
    uses.set(slug, n);
    const [lon, lat] = feature.geometry.coordinates as [number, number];
    return [
      {
        id: n === 1 ? `moh/${slug}` : `moh/${slug}-${n}`,
        kind: "health_facility" as const,
        name,
        lon,
        lat,
        source: "moh",
        properties: pick(feature.properties, { district: "DIST", division: "DIVISION", location: "LOCATION", facilityType: "F_TYPE", agency: "AGENCY" }),
      },
    ];
  });
}

function transitStops(city: CityData): PoiSource[] {
  return city.gtfs.feed.stops.map((stop) => ({
    id: `gtfs/${stop.id}`,
    kind: "stop" as const,
    name: stop.name,
    lon: stop.lon,
    lat: stop.lat,
    source: "gtfs",
    properties: { stopId: stop.id, station: stop.locationType === 1 },
  }));
}

function unitBases(city: CityData): PoiSource[] {
  return city.config.bases.map((base) => ({
    id: `base/${base.id}`,
    kind: "base" as const,
    name: base.name,
    lon: base.lon,
    lat: base.lat,
    source: "synthetic",
    synthetic: true,
    properties: { unitType: base.unitType },
  }));
}

export const loadPois: SeedStep = {
  name: "pois",
  tables: [pois],
  async run(db, city, note) {
    const sources = [osmHospitals, mohFacilities, osmSchools, transitStops, unitBases].flatMap((read) => read(city));
    const inArea = sources.filter((poi) => city.wardIndex.inBBox(poi.lon, poi.lat));
    if (inArea.length < sources.length) note(`${sources.length - inArea.length} POIs outside the county's bounding box skipped`);
    const rows: PoiRow[] = inArea.map(({ lon, lat, synthetic, footprint, ...poi }) => ({
      ...poi,
      ...locate(lon, lat, city.wardIndex),
      synthetic: synthetic ?? false,
      footprint: footprint ?? null,
    }));
    const outsideWards = rows.filter((row) => row.wardCode === null).length;
    if (outsideWards) note(`${outsideWards} POIs lie just outside the county's wards (ward_code null)`);
    await insertRows(db, pois, rows);
  },
};
