import { GeoJsonLayer } from "@deck.gl/layers";
import type { Feature, Geometry } from "geojson";
import type { AlertSeverity } from "@/lib/domain/alerts";
import { ALERT_SEVERITY_COLORS } from "../alert-symbology";

export interface AlertArea {
  id: string;
  severity: AlertSeverity;
  status: string;
  title: string;
  area: Geometry | null;
}

export type AlertFeature = Feature<Geometry, AlertArea>;

/** The alerts as GeoJSON features; build them once per list (in a memo) so the layer's data stays the same object. */
export const alertFeatures = (alerts: readonly AlertArea[]): AlertFeature[] =>
  alerts.flatMap((alert) => (alert.area ? [{ type: "Feature", geometry: alert.area, properties: alert }] : []));

/**
 * Alerts that cover an area (a CAP warning's polygons) or a place (a sensor's point), in the
 * severity's colour. Acknowledged alerts stay, more faintly: someone owns them.
 */
export function createAlertAreaLayer(features: readonly AlertFeature[], { visible }: { visible: boolean }) {
  const faint = (d: AlertFeature) => d.properties.status === "acknowledged";
  return new GeoJsonLayer<AlertArea>({
    id: "alert-areas",
    data: features as AlertFeature[],
    visible,
    pickable: true,
    stroked: true,
    filled: true,
    getFillColor: (d) => [...ALERT_SEVERITY_COLORS[d.properties.severity], faint(d) ? 25 : 60],
    getLineColor: (d) => [...ALERT_SEVERITY_COLORS[d.properties.severity], faint(d) ? 140 : 230],
    getLineWidth: 2,
    lineWidthUnits: "pixels",
    pointType: "circle",
    getPointRadius: 14,
    pointRadiusUnits: "pixels",
  });
}
