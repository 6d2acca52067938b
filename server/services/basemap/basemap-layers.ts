/** The base map's layers, each served as one GeoJSON FeatureCollection by /api/basemap/[layer]. */
export const BASEMAP_LAYERS = ["wards", "constituencies", "roads", "waterways", "hospitals", "labels"] as const;
export type BasemapLayer = (typeof BASEMAP_LAYERS)[number];

export function isBasemapLayer(name: string): name is BasemapLayer {
  return (BASEMAP_LAYERS as readonly string[]).includes(name);
}
