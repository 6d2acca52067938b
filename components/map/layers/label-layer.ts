import { DataFilterExtension, type DataFilterExtensionProps } from "@deck.gl/extensions";
import { TextLayer } from "@deck.gl/layers";
import type { LabelBoxStyle } from "../label-placement";
import type { Rgb } from "../rgb";

export type LabelKind = "ward" | "road" | "hospital";

export interface LabelPoint {
  position: [number, number];
  text: string;
  /** Degrees counter-clockwise; roads are written along their direction. */
  angle: number;
  /** Drawn from this zoom on, where it overlaps no more important label (label-placement.ts). */
  minZoom: number;
}

interface LabelStyle extends LabelBoxStyle {
  color: Rgb;
  fontWeight: number;
}

export const LABEL_STYLES: Record<LabelKind, LabelStyle> = {
  // Just below the label point, where every ward has its air-quality monitor.
  ward: { size: 13, color: [214, 222, 235], fontWeight: 500, anchor: "middle", pixelOffset: [0, 13], priority: 3, minZoom: 0 },
  road: { size: 12, color: [250, 214, 150], fontWeight: 600, anchor: "middle", pixelOffset: [0, 0], priority: 2, minZoom: 10 },
  // Hospital names crowd the city view; they belong to the street view.
  hospital: { size: 12, color: [253, 164, 175], fontWeight: 600, anchor: "start", pixelOffset: [9, 0], priority: 1, minZoom: 13 },
};

const HALO: [number, number, number, number] = [11, 16, 26, 235];
const byMinZoom = new DataFilterExtension({ filterSize: 1 });

export interface LabelLayerOptions {
  visible: boolean;
  fontFamily: string;
  /** The map's zoom: labels whose minZoom is above it are filtered out on the GPU. */
  zoom: number;
}

/**
 * Map labels drawn by deck.gl: MapLibre symbol layers would need a glyph server, and the base
 * map must not reach outside the app. The font is the page's own (already loaded) web font.
 */
export function createLabelLayer(kind: LabelKind, data: readonly LabelPoint[], { visible, fontFamily, zoom }: LabelLayerOptions) {
  const style = LABEL_STYLES[kind];
  return new TextLayer<LabelPoint, DataFilterExtensionProps<LabelPoint>>({
    id: `labels-${kind}`,
    data,
    visible,
    getPosition: (d) => d.position,
    getText: (d) => d.text,
    getAngle: (d) => d.angle,
    getSize: style.size,
    getColor: style.color,
    getTextAnchor: style.anchor,
    getPixelOffset: style.pixelOffset as [number, number],
    getAlignmentBaseline: "center",
    sizeUnits: "pixels",
    fontFamily,
    fontWeight: style.fontWeight,
    characterSet: "auto",
    // A signed-distance-field atlas draws the dark halo that keeps labels legible over roads.
    fontSettings: { sdf: true, fontSize: 48, buffer: 8, radius: 12 },
    outlineWidth: 0.25,
    outlineColor: HALO,
    extensions: [byMinZoom],
    getFilterValue: (d) => d.minZoom,
    filterRange: [0, zoom],
  });
}
