import type { IncidentType } from "@/lib/domain/incidents";
import type { UnitType } from "@/lib/domain/units";

/** One stroke or fill of a pictogram, as SVG path data on a 12×12 grid. */
export interface GlyphPart {
  d: string;
  fill?: boolean;
  strokeWidth?: number;
}
export type Glyph = readonly GlyphPart[];

/**
 * Pictograms drawn inside the incident and unit shapes, so the kind of thing reads without a
 * legend: the same pictogram for an incident type and the unit that answers it.
 */
const GLYPHS = {
  cross: [{ d: "M4.5 1 H7.5 V4.5 H11 V7.5 H7.5 V11 H4.5 V7.5 H1 V4.5 H4.5 Z", fill: true }],
  flame: [{ d: "M6 0.5 C7 3 10.5 4.5 10.5 8 A4.5 4 0 0 1 1.5 8 C1.5 6 2.5 5 3.8 4 C3.8 6 4.8 6.8 5.5 6.8 C5 4.6 5 2.6 6 0.5 Z", fill: true }],
  car: [
    { d: "M1 6.5 L2.8 2.5 H9.2 L11 6.5 V9.5 H1 Z", fill: true },
    { d: "M2 9.5 V11.2 M10 9.5 V11.2", strokeWidth: 1.8 },
  ],
  shield: [{ d: "M6 0.5 L11 2.5 V6 C11 9 8.5 10.8 6 11.8 C3.5 10.8 1 9 1 6 V2.5 Z", fill: true }],
  waves: [{ d: "M0.8 3.5 Q3.4 1.5 6 3.5 T11.2 3.5 M0.8 7 Q3.4 5 6 7 T11.2 7 M0.8 10.5 Q3.4 8.5 6 10.5 T11.2 10.5", strokeWidth: 1.5 }],
  flask: [{ d: "M4.3 0.8 H7.7 V4.3 L11.2 11 H0.8 L4.3 4.3 Z", fill: true }],
  bolt: [{ d: "M7.5 0.3 L1.8 7 H5.6 L4.5 11.7 L10.2 5 H6.4 Z", fill: true }],
  drop: [{ d: "M6 0.5 C6 0.5 10.5 5.5 10.5 8 A4.5 4.5 0 0 1 1.5 8 C1.5 5.5 6 0.5 6 0.5 Z", fill: true }],
  exclamation: [
    { d: "M6 1.2 V7.2", strokeWidth: 2.4 },
    { d: "M4.7 10.3 A1.3 1.3 0 1 0 7.3 10.3 A1.3 1.3 0 1 0 4.7 10.3 Z", fill: true },
  ],
  cone: [{ d: "M4.8 0.8 H7.2 L10 9.8 H11.6 V11.5 H0.4 V9.8 H2 Z", fill: true }],
} as const satisfies Record<string, Glyph>;

export const INCIDENT_TYPE_GLYPHS: Record<IncidentType, Glyph> = {
  road_collision: GLYPHS.car,
  fire: GLYPHS.flame,
  medical: GLYPHS.cross,
  crime: GLYPHS.shield,
  flooding: GLYPHS.waves,
  hazmat: GLYPHS.flask,
  power: GLYPHS.bolt,
  water: GLYPHS.drop,
  other: GLYPHS.exclamation,
};

export const UNIT_TYPE_GLYPHS: Record<UnitType, Glyph> = {
  ambulance: GLYPHS.cross,
  police: GLYPHS.shield,
  fire: GLYPHS.flame,
  power_crew: GLYPHS.bolt,
  water_crew: GLYPHS.drop,
  roads_crew: GLYPHS.cone,
};
