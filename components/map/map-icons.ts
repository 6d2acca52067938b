import { INCIDENT_TYPES, type IncidentType, type Priority } from "@/lib/domain/incidents";
import { UNIT_STATUSES, UNIT_TYPES, type UnitStatus, type UnitType } from "@/lib/domain/units";
import { PRIORITY_SYMBOLOGY } from "./incident-symbology";
import { INCIDENT_TYPE_GLYPHS, UNIT_TYPE_GLYPHS, type Glyph } from "./map-glyphs";
import { cssColor, type Rgb } from "./rgb";
import { UNIT_STATUS_SYMBOLOGY } from "./unit-symbology";

/** One stroke or fill of an icon, as SVG path data on a 32×32 grid. */
export interface IconPart {
  d: string;
  fill?: string;
  stroke?: string;
  strokeWidth?: number;
  /** Places a 12×12 pictogram in the icon: scale, then offset on the 32×32 grid. */
  place?: { scale: number; x: number; y: number };
}

export interface MapIcon {
  id: string;
  parts: readonly IconPart[];
}

const OUTLINE = "#ffffff";
const GLYPH = "#0b1220";

const glyphParts = (glyph: Glyph, place: IconPart["place"]): IconPart[] =>
  glyph.map(({ d, fill, strokeWidth }) => (fill ? { d, fill: GLYPH, place } : { d, stroke: GLYPH, strokeWidth, place }));

/** The pictogram's box inside the triangle: low and centred, where the triangle is widest. */
const IN_TRIANGLE = { scale: 0.85, x: 10.9, y: 13.6 };
/** The pictogram's box inside the rounded square. */
const IN_SQUARE = { scale: 1.1, x: 9.4, y: 9.4 };

/** A warning triangle in the priority's colour around the incident type's pictogram. */
const incidentIcon = (type: IncidentType, priority: Priority, color: Rgb): MapIcon => ({
  id: incidentIconId(type, priority),
  parts: [{ d: "M16 1.5 L31 28.5 H1 Z", fill: cssColor(color), stroke: OUTLINE, strokeWidth: 1.8 }, ...glyphParts(INCIDENT_TYPE_GLYPHS[type], IN_TRIANGLE)],
});

/** A rounded square in the status colour around the unit type's pictogram: the shape says "unit". */
const unitIcon = (type: UnitType, status: UnitStatus, color: Rgb): MapIcon => ({
  id: unitIconId(type, status),
  parts: [
    { d: "M10 5 H22 A5 5 0 0 1 27 10 V22 A5 5 0 0 1 22 27 H10 A5 5 0 0 1 5 22 V10 A5 5 0 0 1 10 5 Z", fill: cssColor(color), stroke: OUTLINE, strokeWidth: 2 },
    ...glyphParts(UNIT_TYPE_GLYPHS[type], IN_SQUARE),
  ],
});

export const incidentIconId = (type: IncidentType, priority: Priority) => `incident-${type}-p${priority}`;
export const unitIconId = (type: UnitType, status: UnitStatus) => `unit-${type}-${status}`;

/** A chevron on the edge of a unit's square, turned to the unit's heading. */
export const HEADING_ICON: MapIcon = { id: "heading", parts: [{ d: "M16 0 L21 5.5 H11 Z", fill: OUTLINE, stroke: GLYPH, strokeWidth: 1 }] };

const PRIORITIES = Object.keys(PRIORITY_SYMBOLOGY).map(Number) as Priority[];

export const INCIDENT_ICONS: MapIcon[] = INCIDENT_TYPES.flatMap((type) => PRIORITIES.map((p) => incidentIcon(type, p, PRIORITY_SYMBOLOGY[p].color)));
export const UNIT_ICONS: MapIcon[] = UNIT_TYPES.flatMap((type) => UNIT_STATUSES.map((status) => unitIcon(type, status, UNIT_STATUS_SYMBOLOGY[status].color)));

const iconsById = new Map([...INCIDENT_ICONS, ...UNIT_ICONS, HEADING_ICON].map((icon) => [icon.id, icon]));
export const mapIcon = (id: string): MapIcon => iconsById.get(id)!;
export const allMapIcons = (): MapIcon[] => [...iconsById.values()];
