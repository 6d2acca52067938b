/** Reads a GeoJSON FeatureCollection from the city folder, refusing anything else. */
import { readFile } from "node:fs/promises";
import type { Feature, GeoJsonProperties, Geometry } from "geojson";

export type GeoFeature<G extends Geometry = Geometry> = Feature<G, NonNullable<GeoJsonProperties>>;

export async function readGeoJson<T extends Geometry["type"]>(
  path: string,
  geometryTypes: readonly T[],
): Promise<GeoFeature<Extract<Geometry, { type: T }>>[]> {
  const parsed = JSON.parse(await readFile(path, "utf8")) as { type?: string; features?: unknown };
  if (parsed.type !== "FeatureCollection" || !Array.isArray(parsed.features)) throw new Error(`${path}: not a GeoJSON FeatureCollection`);
  const features = parsed.features as Feature[];
  return features.map((feature, index) => {
    if (!feature.geometry || !(geometryTypes as readonly string[]).includes(feature.geometry.type)) {
      throw new Error(`${path}: feature ${index} is ${feature.geometry?.type ?? "empty"}, expected ${geometryTypes.join(" or ")}`);
    }
    return { ...feature, properties: feature.properties ?? {} } as GeoFeature<Extract<Geometry, { type: T }>>;
  });
}

/**
 * A property as text: strings trimmed, numbers formatted, lists (OSMnx merges ways into lists)
 * joined with ";" as OSM writes several values; empty becomes null.
 */
export function textProperty(properties: GeoJsonProperties, key: string): string | null {
  const value = properties?.[key];
  if (Array.isArray(value)) return value.length ? value.map(String).join(";") : null;
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : null;
  if (typeof value !== "string") return null;
  return value.trim() || null;
}
