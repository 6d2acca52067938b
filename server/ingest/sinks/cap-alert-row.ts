/** A CAP 1.2 alert as a CityDeck alert row (pure: no database). */
import type { MultiPolygon, Polygon, Position } from "geojson";
import type { alerts } from "@/db/schema";
import type { AlertSeverity } from "@/lib/domain/alerts";
import type { CapAlert, CapCircle, CapInfo, CapReference, CapSeverity } from "@/server/feeds/cap/cap-types";

export const CAP_SOURCE = "cap";

/** CAP identifiers are unique per sender, so the natural key is both ("sender,identifier", as CAP references write it). */
export const capKey = (message: Pick<CapReference, "sender" | "identifier">) => `${message.sender},${message.identifier}`;

const SEVERITY: Record<CapSeverity, AlertSeverity> = { Extreme: "extreme", Severe: "severe", Moderate: "moderate", Minor: "minor", Unknown: "minor" };

/** Circles become 32-sided polygons: the map and the rules engine handle polygons only. */
const CIRCLE_SIDES = 32;
const KM_PER_DEGREE = 111.32;

export function capAlertRow(alert: CapAlert, agencyId: string, now: Date): typeof alerts.$inferInsert {
  const info = primaryInfo(alert.info);
  const expires = info?.expires ?? null;
  const expired = expires !== null && expires <= now;
  return {
    agencyId,
    severity: info ? SEVERITY[info.severity] : "minor",
    status: expired ? "resolved" : "open",
    resolvedAt: expired ? expires : null,
    title: (info?.headline ?? info?.event ?? `Alert from ${alert.sender}`).slice(0, 200),
    description: info?.description ?? null,
    subjectKind: "cap",
    subjectId: alert.identifier,
    area: info ? areaOf(info) : null,
    source: CAP_SOURCE,
    sourceRef: capKey(alert),
    openedAt: alert.sent,
  };
}

/** The operators read English: the first English block, else the first. */
function primaryInfo(info: CapInfo[]): CapInfo | undefined {
  return info.find((block) => block.language.toLowerCase().startsWith("en")) ?? info[0];
}

function areaOf(info: CapInfo): Polygon | MultiPolygon | null {
  const polygons = info.areas.flatMap((area) => [...area.polygons.map((p) => p.coordinates), ...area.circles.map(circleRing).map((ring) => [ring])]);
  if (polygons.length === 0) return null;
  return polygons.length === 1 ? { type: "Polygon", coordinates: polygons[0]! } : { type: "MultiPolygon", coordinates: polygons };
}

function circleRing({ center: [lon, lat], radiusKm }: CapCircle): Position[] {
  const dLat = radiusKm / KM_PER_DEGREE;
  const dLon = dLat / Math.max(0.01, Math.cos((lat! * Math.PI) / 180));
  const ring = Array.from({ length: CIRCLE_SIDES }, (_, i) => {
    const angle = (2 * Math.PI * i) / CIRCLE_SIDES;
    return [lon! + dLon * Math.cos(angle), lat! + dLat * Math.sin(angle)];
  });
  return [...ring, ring[0]!];
}
