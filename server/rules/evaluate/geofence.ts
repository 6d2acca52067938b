/**
 * Geofence rules: units, matatus or incidents entering or leaving a zone. "Enter" alerts while a
 * subject is inside; "leave" alerts once a subject that was seen inside is outside, which needs
 * the memory of where each subject was (rule_subject_states), passed in and handed back here.
 */
import { booleanPointInPolygon } from "@turf/boolean-point-in-polygon";
import type { MultiPolygon, Polygon } from "geojson";
import type { GeofenceParams, GeofenceSubject } from "@/lib/domain/rules";
import { subjectKey, type Finding } from "../findings";
import type { RuleHead } from "./threshold";

export interface Mobile {
  kind: GeofenceSubject;
  id: string;
  agencyId: string;
  label: string;
  lon: number;
  lat: number;
}

export interface Zone {
  name: string;
  geometry: Polygon | MultiPolygon;
}

export interface PlaceMemory {
  inside: boolean;
  since: Date;
}

export interface RememberedPlace extends PlaceMemory {
  kind: GeofenceSubject;
  id: string;
}

export interface GeofenceResult {
  findings: Finding[];
  /** Only the subjects whose memory changed (or is new). */
  remembered: RememberedPlace[];
}

export function evaluateGeofence(
  rule: RuleHead,
  trigger: GeofenceParams["trigger"],
  zone: Zone,
  subjects: readonly Mobile[],
  memory: ReadonlyMap<string, PlaceMemory>,
  now: Date,
): GeofenceResult {
  const findings: Finding[] = [];
  const remembered: RememberedPlace[] = [];
  for (const mobile of subjects) {
    const before = memory.get(subjectKey(mobile));
    const inside = booleanPointInPolygon([mobile.lon, mobile.lat], zone.geometry);
    if (before?.inside !== inside) remembered.push({ kind: mobile.kind, id: mobile.id, inside, since: now });
    const subject = { kind: mobile.kind, id: mobile.id, agencyId: mobile.agencyId };
    const fire = (since: Date, verb: string): Finding => ({
      verdict: "fire",
      subject,
      severity: rule.severity,
      since,
      continuing: false,
      title: `${rule.name}: ${mobile.label} ${verb} ${zone.name}`,
      description: `${mobile.label} ${verb} ${zone.name}.`,
      area: { type: "Point", coordinates: [mobile.lon, mobile.lat] },
      areaDesc: zone.name,
      sensorKind: null,
    });
    if (trigger === "enter") {
      findings.push(inside ? fire(before?.inside ? before.since : now, "entered") : { verdict: "clear", subject, reason: `Left ${zone.name}.` });
    } else if (inside) {
      findings.push({ verdict: "clear", subject, reason: `Back inside ${zone.name}.` });
    } else {
      // Only a move from inside to outside is a departure; staying outside keeps what is there.
      findings.push(before?.inside ? fire(now, "left") : { verdict: "hold", subject });
    }
  }
  return { findings, remembered };
}
