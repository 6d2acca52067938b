/** What an escalated alert becomes: which type of incident, how urgent, and where (pure). */
import type { Geometry, Position } from "geojson";
import { labelPoint } from "@/db/seed/geo/label-point";
import type { AlertSeverity } from "@/lib/domain/alerts";
import type { IncidentType, Priority } from "@/lib/domain/incidents";
import type { SensorKind } from "@/lib/domain/sensors";

/** CAP severity to dispatch priority: an extreme threat is a P1 life threat. */
export const PRIORITY_FOR_SEVERITY: Record<AlertSeverity, Priority> = { extreme: 1, severe: 2, moderate: 3, minor: 4 };

const TYPE_FOR_SENSOR: Partial<Record<SensorKind, IncidentType>> = {
  water_level: "flooding",
  substation_load: "power",
  streetlight_circuit: "power",
};

/** Incoming warnings say what they are about only in words. */
const TYPE_IN_WORDS: [RegExp, IncidentType][] = [
  [/flood/i, "flooding"],
  [/fire/i, "fire"],
  [/chemical|hazmat|toxic/i, "hazmat"],
];

export function incidentTypeFor(alert: { sensorKind: SensorKind | null; title: string }): IncidentType {
  const bySensor = alert.sensorKind && TYPE_FOR_SENSOR[alert.sensorKind];
  return bySensor || (TYPE_IN_WORDS.find(([words]) => words.test(alert.title))?.[1] ?? "other");
}

/** A point for the incident: the alert's point, or a point inside its area; null when it has no place. */
export function incidentPlace(area: Geometry | null): Position | null {
  if (!area) return null;
  if (area.type === "Point") return area.coordinates;
  if (area.type === "Polygon" || area.type === "MultiPolygon") return labelPoint(area);
  return null;
}
