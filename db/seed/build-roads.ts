/**
 * Road rows from OSM major roads and CBD streets. The CBD file is an OSMnx edge list: a two-way
 * street appears once per direction (same line reversed) and ways split at junctions share an
 * OSM id, so reversed twins are dropped and repeated ids get a "/2", "/3" suffix in file order.
 */
import type { LineString } from "geojson";
import type { roads } from "@/db/schema";
import type { CityData } from "./city-data";
import { lineLengthM, type LonLat } from "./geo/haversine";
import { textProperty, type GeoFeature } from "./read-geojson";

export type RoadRow = typeof roads.$inferInsert & { lengthM: number; geometry: LineString };

const MIN_SPEED_KPH = 5;
const MAX_SPEED_KPH = 130;

/** "50" → 50; anything else ("80-110", "walk", "30 mph") → null rather than a guess. */
function speedKph(value: string | null): number | null {
  if (value === null || !/^\d+$/.test(value)) return null;
  const kph = Number(value);
  return kph >= MIN_SPEED_KPH && kph <= MAX_SPEED_KPH ? kph : null;
}

function laneCount(value: string | null): number | null {
  return value !== null && /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : null;
}

/** OSM: oneway=yes/true/1, and roundabouts are one-way unless tagged otherwise. */
function isOneway(feature: GeoFeature): boolean {
  const raw = feature.properties.oneway;
  if (typeof raw === "boolean") return raw;
  const value = textProperty(feature.properties, "oneway");
  if (value === "yes" || value === "true" || value === "1") return true;
  return value === null && textProperty(feature.properties, "junction") === "roundabout";
}

/** First of OSMnx's merged values: the class a router should use for the whole edge. */
const firstValue = (value: string | null) => value?.split(";")[0] ?? null;

function majorRoad(feature: GeoFeature<LineString>): RoadRow {
  const coordinates = feature.geometry.coordinates as LonLat[];
  return {
    id: textProperty(feature.properties, "@id") ?? "",
    source: "osm_major",
    name: textProperty(feature.properties, "name"),
    ref: textProperty(feature.properties, "ref"),
    highway: textProperty(feature.properties, "highway") ?? "road",
    lanes: laneCount(textProperty(feature.properties, "lanes")),
    maxspeedKph: speedKph(textProperty(feature.properties, "maxspeed")),
    oneway: isOneway(feature),
    lengthM: lineLengthM(coordinates),
    geometry: feature.geometry,
  };
}

function cbdStreets(features: GeoFeature<LineString>[]): { rows: RoadRow[]; reversedTwins: number } {
  const seenLines = new Set<string>();
  const idUses = new Map<string, number>();
  const rows: RoadRow[] = [];
  let reversedTwins = 0;
  for (const feature of features) {
    const coordinates = feature.geometry.coordinates as LonLat[];
    const oneway = isOneway(feature);
    if (!oneway && seenLines.has(JSON.stringify([...coordinates].reverse()))) {
      reversedTwins++;
      continue;
    }
    seenLines.add(JSON.stringify(coordinates));
    const osmId = (textProperty(feature.properties, "osmid") ?? "unknown").replaceAll(";", "+");
    const uses = (idUses.get(osmId) ?? 0) + 1;
    idUses.set(osmId, uses);
    const length = feature.properties.length;
    rows.push({
      id: uses === 1 ? `cbd/${osmId}` : `cbd/${osmId}/${uses}`,
      source: "osm_cbd",
      name: textProperty(feature.properties, "name"),
      ref: textProperty(feature.properties, "ref"),
      highway: firstValue(textProperty(feature.properties, "highway")) ?? "road",
      lanes: laneCount(firstValue(textProperty(feature.properties, "lanes"))),
      maxspeedKph: speedKph(firstValue(textProperty(feature.properties, "maxspeed"))),
      oneway,
      lengthM: typeof length === "number" && Number.isFinite(length) && length >= 0 ? length : lineLengthM(coordinates),
      geometry: feature.geometry,
    });
  }
  return { rows, reversedTwins };
}

export function buildRoads(city: CityData): { rows: RoadRow[]; reversedTwins: number } {
  const major = city.majorRoads.map(majorRoad);
  const missingId = major.filter((road) => !road.id).length;
  if (missingId) throw new Error(`${missingId} major roads lack an @id`);
  const cbd = cbdStreets(city.cbdStreets);
  return { rows: [...major, ...cbd.rows], reversedTwins: cbd.reversedTwins };
}
