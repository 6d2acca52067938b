import { GeoJsonLayer } from "@deck.gl/layers";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import type { WardMetric } from "@/lib/domain/map";
import { wardMetricColor } from "../ward-metric-scale";

export type WardFeature = Feature<Polygon | MultiPolygon, { code: string; name: string }>;

/** Ward polygons as features; build once per ward list (in a memo) so the layer's data never changes. */
export const wardFeatures = (wards: readonly { code: string; name: string; geometry: Polygon | MultiPolygon }[]): WardFeature[] =>
  wards.map(({ code, name, geometry }) => ({ type: "Feature", geometry, properties: { code, name } }));

export interface WardChoroplethOptions {
  visible: boolean;
  metric: WardMetric;
  /** The metric's value per ward code; a new map re-colours the wards without re-reading their shapes. */
  values: ReadonlyMap<string, number>;
}

/** Wards shaded by a metric, translucent so the roads and points stay readable on top. */
export function createWardChoroplethLayer(features: readonly WardFeature[], { visible, metric, values }: WardChoroplethOptions) {
  return new GeoJsonLayer<WardFeature["properties"]>({
    id: "ward-choropleth",
    data: features as WardFeature[],
    visible,
    pickable: true,
    filled: true,
    stroked: false,
    getFillColor: (d) => {
      const color = wardMetricColor(metric, values.get(d.properties.code));
      return color ? [...color, 120] : [0, 0, 0, 0];
    },
    updateTriggers: { getFillColor: [metric, values] },
  });
}
