import { MATATU_COLOR_MODES, type MatatuColorMode } from "@/components/map/matatu-symbology";
import type { MapViewport } from "@/components/map/map-view";
import { DENSITY_WINDOWS, WARD_METRICS, type DensityWindow, type WardMetric } from "@/lib/domain/map";
import { DEFAULT_VISIBILITY, isMapLayerKey, MAP_LAYERS, type LayerVisibility } from "./map-layers";

export const ENTITY_KINDS = ["incident", "unit", "matatu", "sensor", "alert", "request"] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export interface Selection {
  kind: EntityKind;
  id: string;
}

/** Everything that makes one operator's picture, except the viewport (MapLibre keeps it in the hash). */
export interface OperatingView {
  layers: LayerVisibility;
  selection: Selection | null;
  densityWindow: DensityWindow;
  wardMetric: WardMetric;
  matatuColor: MatatuColorMode;
}

export const DEFAULT_VIEW: OperatingView = {
  layers: DEFAULT_VISIBILITY,
  selection: null,
  // The seeded history ends in 2023: on a fresh install only "all" has anything to show.
  densityWindow: "all",
  wardMetric: "openIncidents",
  matatuColor: "delay",
};

const oneOf = <T extends string>(values: readonly T[], value: string | null, fallback: T): T =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : fallback;

/** The view a link describes: `?layers=incidents,units&select=sensor:noise-03&window=24h&metric=worstAqi&matatus=route`. */
export function viewFromSearch(search: string): OperatingView {
  const params = new URLSearchParams(search);
  const listed = params.get("layers");
  const on = new Set(listed === null ? [] : listed.split(",").filter(isMapLayerKey));
  const layers = listed === null ? DEFAULT_VIEW.layers : (Object.fromEntries(MAP_LAYERS.map(({ key }) => [key, on.has(key)])) as LayerVisibility);
  return {
    layers,
    selection: parseSelection(params.get("select")),
    densityWindow: oneOf(DENSITY_WINDOWS, params.get("window"), DEFAULT_VIEW.densityWindow),
    wardMetric: oneOf(WARD_METRICS, params.get("metric"), DEFAULT_VIEW.wardMetric),
    matatuColor: oneOf(MATATU_COLOR_MODES, params.get("matatus"), DEFAULT_VIEW.matatuColor),
  };
}

/** The query string for a view; the layer list is always written, so a link never depends on defaults. */
export function viewToSearch(view: OperatingView): string {
  const params = new URLSearchParams();
  params.set("layers", MAP_LAYERS.filter(({ key }) => view.layers[key]).map(({ key }) => key).join(","));
  if (view.selection) params.set("select", `${view.selection.kind}:${view.selection.id}`);
  params.set("window", view.densityWindow);
  params.set("metric", view.wardMetric);
  params.set("matatus", view.matatuColor);
  // Commas and colons read better in a shared link than %2C and %3A, and are valid in a query.
  return params.toString().replaceAll("%2C", ",").replaceAll("%3A", ":");
}

function parseSelection(value: string | null): Selection | null {
  if (!value) return null;
  const colon = value.indexOf(":");
  const kind = value.slice(0, colon);
  const id = value.slice(colon + 1);
  return colon > 0 && id && (ENTITY_KINDS as readonly string[]).includes(kind) ? { kind: kind as EntityKind, id } : null;
}

/** The viewport as the hash writes it, `#map=zoom/lat/lon` (MapLibre's own format, so older links still open). */
export function viewportToHash({ zoom, lat, lon }: MapViewport): string {
  return `#map=${Number(zoom.toFixed(2))}/${Number(lat.toFixed(5))}/${Number(lon.toFixed(5))}`;
}

export function viewportFromHash(hash: string): MapViewport | null {
  const match = /(?:^#|&)map=(-?[\d.]+)\/(-?[\d.]+)\/(-?[\d.]+)/.exec(hash);
  if (!match) return null;
  const [zoom, lat, lon] = match.slice(1).map(Number) as [number, number, number];
  const valid = zoom >= 0 && zoom <= 24 && Math.abs(lat) <= 85 && Math.abs(lon) <= 180;
  return valid ? { zoom, lat, lon } : null;
}
