import type { IconLayerProps } from "@deck.gl/layers";
import { INCIDENT_ICONS, UNIT_ICONS, type MapIcon } from "./map-icons";

/** Drawn at twice the largest display size so icons stay crisp on HiDPI screens. */
const CELL_PX = 64;
const GRID = 32;

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
  const icons: MapIcon[] = [...Object.values(INCIDENT_ICONS), ...Object.values(UNIT_ICONS)];
  const canvas = document.createElement("canvas");
  canvas.width = CELL_PX * icons.length;
  canvas.height = CELL_PX;
  const context = canvas.getContext("2d")!;
  const mapping: IconAtlas["mapping"] = {};
  icons.forEach((icon, index) => {
    context.setTransform(CELL_PX / GRID, 0, 0, CELL_PX / GRID, index * CELL_PX, 0);
    paintIcon(context, icon);
    mapping[icon.id] = { x: index * CELL_PX, y: 0, width: CELL_PX, height: CELL_PX, anchorY: CELL_PX / 2 };
  });
  cached = { atlas: canvas as unknown as IconAtlas["atlas"], mapping };
  return cached;
}

function paintIcon(context: CanvasRenderingContext2D, icon: MapIcon) {
  context.lineCap = "round";
  context.lineJoin = "round";
  for (const part of icon.parts) {
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
