/**
 * One of CityDeck's own alerts as a CAP 1.2 message (pure). Each state of an alert is one message
 * with its own identifier (the alert id and its version): the first is an Alert, later ones are
 * Updates and a resolution is a Cancel, both referencing the first message.
 */
import type { Geometry, Polygon } from "geojson";
import type { Alert } from "@/db/schema";
import type { AlertSeverity } from "@/lib/domain/alerts";
import type { SensorKind } from "@/lib/domain/sensors";
import type { CapAlert, CapArea, CapCategory, CapSeverity } from "@/server/feeds/cap/cap-types";

export type PublishedAlert = Pick<
  Alert,
  "id" | "version" | "status" | "severity" | "title" | "description" | "area" | "areaDesc" | "source" | "sensorKind" | "openedAt" | "updatedAt" | "resolveReason"
> & { ruleName: string | null };

export interface CapSender {
  /** CAP sender id: no spaces, commas, "<" or "&" ("water@citydeck.example"). */
  sender: string;
  senderName: string;
}

const SEVERITY: Record<AlertSeverity, CapSeverity> = { extreme: "Extreme", severe: "Severe", moderate: "Moderate", minor: "Minor" };

const CATEGORY_FOR_SENSOR: Record<SensorKind, CapCategory> = {
  air_quality: "Env",
  noise: "Env",
  water_level: "Geo",
  substation_load: "Infra",
  streetlight_circuit: "Infra",
  waste_bin_fill: "Env",
  traffic_speed: "Transport",
  traffic_count: "Transport",
};

/** A sensor is a point; CAP areas are polygons or circles, so a point is its immediate neighbourhood. */
const POINT_RADIUS_KM = 0.1;

export const capIdentifier = (alertId: string, version: number) => `citydeck-alert-${alertId}-v${version}`;

export function alertToCap(alert: PublishedAlert, { sender, senderName }: CapSender): CapAlert {
  const resolved = alert.status === "resolved";
  const first = alert.version === 1 && !resolved;
  return {
    identifier: capIdentifier(alert.id, alert.version),
    sender,
    sent: first ? alert.openedAt : alert.updatedAt,
    status: "Actual",
    msgType: first ? "Alert" : resolved ? "Cancel" : "Update",
    scope: "Public",
    references: first ? [] : [{ sender, identifier: capIdentifier(alert.id, 1), sent: alert.openedAt }],
    info: [
      {
        language: "en",
        category: [alert.sensorKind ? CATEGORY_FOR_SENSOR[alert.sensorKind] : alert.source === "geofence" ? "Safety" : "Infra"],
        event: alert.ruleName ?? alert.title,
        responseType: resolved ? ["AllClear"] : ["Monitor"],
        urgency: resolved ? "Past" : "Immediate",
        severity: SEVERITY[alert.severity],
        certainty: "Observed",
        onset: alert.openedAt,
        expires: null,
        senderName,
        headline: alert.title.slice(0, 160),
        description: resolved && alert.resolveReason ? `${alert.description ?? ""}\nResolved: ${alert.resolveReason}`.trim() : alert.description,
        instruction: null,
        areas: capAreas(alert.area, alert.areaDesc ?? alert.title),
      },
    ],
  };
}

function capAreas(area: Geometry | null, areaDesc: string): CapArea[] {
  if (!area) return [];
  const polygons: Polygon[] =
    area.type === "Polygon" ? [area] : area.type === "MultiPolygon" ? area.coordinates.map((coordinates) => ({ type: "Polygon", coordinates })) : [];
  const circles = area.type === "Point" ? [{ center: area.coordinates, radiusKm: POINT_RADIUS_KM }] : [];
  // CAP polygons are one outer ring: holes are dropped, which only ever widens the area.
  return [{ areaDesc, polygons: polygons.map((p) => ({ type: "Polygon", coordinates: [p.coordinates[0]!] })), circles, geocodes: [] }];
}
