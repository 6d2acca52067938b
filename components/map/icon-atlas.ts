import type { IconLayerProps } from "@deck.gl/layers";
import { allMapIcons, type MapIcon } from "./map-icons";

/** Drawn at twice the largest display size so icons stay crisp on HiDPI screens. */
const CELL_PX = 64;
const GRID = 32;
/** Cells per atlas row: keeps the canvas well within every GPU's texture size limit. */
const COLUMNS = 16;

export interface IconAtlas {
  /** A canvas; deck.gl's "image" props turn it into a texture (typed as Texture only). */
  atlas: NonNullable<IconLayerProps["iconAtlas"]>;
  mapping: Record<string, { x: number; y: number; width: number; height: number; anchorY: number }>;
}

let cached: IconAtlas | null = null;

/**
 * Every map icon painted once into one canvas. Painting with Path2D (instead of letting deck.gl
 * fetch data: URLs) keeps the page within its content security policy: connect-src 'self'.
 */
export function getIconAtlas(): IconAtlas {
  if (cached) return cached;
  const icons = allMapIcons();
  const canvas = document.createElement("canvas");
  canvas.width = CELL_PX * COLUMNS;
  canvas.height = CELL_PX * Math.ceil(icons.length / COLUMNS);
  const context = canvas.getContext("2d")!;
  const mapping: IconAtlas["mapping"] = {};
  icons.forEach((icon, index) => {
    const x = (index % COLUMNS) * CELL_PX;
    const y = Math.floor(index / COLUMNS) * CELL_PX;
    paintIcon(context, icon, x, y);
    mapping[icon.id] = { x, y, width: CELL_PX, height: CELL_PX, anchorY: CELL_PX / 2 };
  });
  cached = { atlas: canvas as unknown as IconAtlas["atlas"], mapping };
  return cached;
}

function paintIcon(context: CanvasRenderingContext2D, icon: MapIcon, x: number, y: number) {
  context.lineCap = "round";
  context.lineJoin = "round";
  const unit = CELL_PX / GRID;
  for (const part of icon.parts) {
    const { scale = 1, x: dx = 0, y: dy = 0 } = part.place ?? {};
    context.setTransform(unit * scale, 0, 0, unit * scale, x + dx * unit, y + dy * unit);
    const path = new Path2D(part.d);
    if (part.fill) {
      context.fillStyle = part.fill;
      context.fill(path);
    }
    if (part.stroke) {
      context.strokeStyle = part.stroke;
      context.lineWidth = part.strokeWidth ?? 1;
      context.stroke(path);
    }
  }
}
