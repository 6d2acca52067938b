/**
 * Decides, once, from which zoom each label is drawn so that no two labels overlap: the
 * labels are placed in priority order, and a label waits until the zoom where it is clear of
 * every label placed before it (cartography's usual "min zoom" placement, as MapLibre does for
 * symbols). The map then only compares each label's minZoom with the current zoom.
 */

export interface LabelToPlace {
  position: [number, number];
  text: string;
  /** Degrees counter-clockwise. */
  angle: number;
}

export interface LabelBoxStyle {
  /** Font size in pixels. */
  size: number;
  anchor: "start" | "middle";
  pixelOffset: readonly [number, number];
  /** Higher is placed first. */
  priority: number;
  /** Never drawn below this zoom, however much room there is. */
  minZoom: number;
}

/** Average advance of a character relative to the font size, for a sans-serif like Geist. */
const CHAR_WIDTH_EM = 0.6;
const LINE_HEIGHT_EM = 1.2;
/** Free space kept around every label, in pixels. */
const PADDING_PX = 3;
/** A label that only fits past this zoom is never drawn. */
export const NEVER = Infinity;
const MAX_ZOOM = 22;

interface Box {
  /** Anchor in Web Mercator world pixels at zoom 0 (a 512-pixel world, as MapLibre uses). */
  x: number;
  y: number;
  /** Offset of the box centre from the anchor, in screen pixels (the same at every zoom). */
  offsetX: number;
  offsetY: number;
  halfWidth: number;
  halfHeight: number;
}

export function placeLabels<T extends LabelToPlace>(labels: readonly T[], styleOf: (label: T) => LabelBoxStyle): (T & { minZoom: number })[] {
  const order = labels.map((label, index) => ({ label, index, style: styleOf(label) })).sort((a, b) => b.style.priority - a.style.priority || a.index - b.index);
  const placed: { box: Box; minZoom: number }[] = [];
  const minZoomByIndex = new Array<number>(labels.length);
  for (const { label, index, style } of order) {
    const box = boxOf(label, style);
    let minZoom = style.minZoom;
    for (const other of placed) {
      const clearFrom = zoomWhereClear(box, other.box);
      // Only a conflict while the other label is already shown.
      if (clearFrom > other.minZoom) minZoom = Math.max(minZoom, clearFrom);
    }
    if (minZoom > MAX_ZOOM) minZoom = NEVER;
    minZoomByIndex[index] = minZoom;
    if (minZoom !== NEVER) placed.push({ box, minZoom });
  }
  return labels.map((label, index) => ({ ...label, minZoom: minZoomByIndex[index]! }));
}

function boxOf({ position, text, angle }: LabelToPlace, style: LabelBoxStyle): Box {
  const width = text.length * style.size * CHAR_WIDTH_EM + 2 * PADDING_PX;
  const height = style.size * LINE_HEIGHT_EM + 2 * PADDING_PX;
  const radians = (angle * Math.PI) / 180;
  const [cos, sin] = [Math.abs(Math.cos(radians)), Math.abs(Math.sin(radians))];
  const [x, y] = worldPixels(position);
  return {
    x,
    y,
    offsetX: style.pixelOffset[0] + (style.anchor === "start" ? width / 2 : 0),
    // Screen y grows downwards, like world pixel y.
    offsetY: style.pixelOffset[1],
    halfWidth: (width * cos + height * sin) / 2,
    halfHeight: (width * sin + height * cos) / 2,
  };
}

/** The lowest zoom from which two boxes no longer overlap (they separate along x or along y). */
function zoomWhereClear(a: Box, b: Box): number {
  const clearX = axisClearZoom(a.x - b.x, a.offsetX - b.offsetX, a.halfWidth + b.halfWidth);
  const clearY = axisClearZoom(a.y - b.y, a.offsetY - b.offsetY, a.halfHeight + b.halfHeight);
  return Math.min(clearX, clearY);
}

/** Along one axis the gap on screen is |distance·2^zoom + offset|; solve gap >= reach for zoom. */
function axisClearZoom(distance: number, offset: number, reach: number): number {
  if (distance === 0) return Math.abs(offset) >= reach ? -Infinity : Infinity;
  const scale = (reach - Math.sign(distance) * offset) / Math.abs(distance);
  return scale <= 0 ? -Infinity : Math.log2(scale);
}

function worldPixels([lon, lat]: [number, number]): [number, number] {
  const x = ((lon + 180) / 360) * 512;
  const sinLat = Math.sin((lat * Math.PI) / 180);
  const y = (0.5 - Math.log((1 + sinLat) / (1 - sinLat)) / (4 * Math.PI)) * 512;
  return [x, y];
}
