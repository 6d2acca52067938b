import type { Priority } from "@/lib/domain/incidents";
import type { UnitStatus } from "@/lib/domain/units";
import { PRIORITY_SYMBOLOGY } from "./incident-symbology";
import { cssColor, type Rgb } from "./rgb";
import { UNIT_STATUS_SYMBOLOGY } from "./unit-symbology";

/** One stroke or fill of an icon, as SVG path data on a 32×32 grid. */
export interface IconPart {
  d: string;
  fill?: string;
  stroke?: string;
  strokeWidth?: number;
}

export interface MapIcon {
  id: string;
  parts: readonly IconPart[];
}

const OUTLINE = "#ffffff";
const GLYPH = "#0b1220";

/** A warning triangle with an exclamation mark: the shape says "incident" without colour vision. */
const incidentIcon = (priority: Priority, color: Rgb): MapIcon => ({
  id: `incident-p${priority}`,
  parts: [
    { d: "M16 2.5 L30 28 H2 Z", fill: cssColor(color), stroke: OUTLINE, strokeWidth: 1.8 },
    { d: "M16 11 V19.5", stroke: GLYPH, strokeWidth: 3.2 },
    { d: "M14.1 24 a1.9 1.9 0 1 0 3.8 0 a1.9 1.9 0 1 0 -3.8 0 Z", fill: GLYPH },
  ],
});

/** A rounded square: the shape says "unit". */
const unitIcon = (status: UnitStatus, color: Rgb): MapIcon => ({
  id: `unit-${status}`,
  parts: [
    { d: "M10 5 H22 A5 5 0 0 1 27 10 V22 A5 5 0 0 1 22 27 H10 A5 5 0 0 1 5 22 V10 A5 5 0 0 1 10 5 Z", fill: cssColor(color), stroke: OUTLINE, strokeWidth: 2 },
    { d: "M13 12 H19 A1 1 0 0 1 20 13 V19 A1 1 0 0 1 19 20 H13 A1 1 0 0 1 12 19 V13 A1 1 0 0 1 13 12 Z", fill: "rgb(11 18 32 / 0.55)" },
  ],
});

const mapValues = <K extends string | number, V, W>(record: Record<K, V>, fn: (value: V, key: K) => W) =>
  Object.fromEntries(Object.entries(record).map(([key, value]) => [key, fn(value as V, key as K)])) as Record<K, W>;

export const INCIDENT_ICONS = mapValues(PRIORITY_SYMBOLOGY, ({ color }, priority) => incidentIcon(Number(priority) as Priority, color));
export const UNIT_ICONS = mapValues(UNIT_STATUS_SYMBOLOGY, ({ color }, status) => unitIcon(status, color));
