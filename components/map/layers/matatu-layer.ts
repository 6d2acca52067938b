import { ScatterplotLayer } from "@deck.gl/layers";
import type { BinaryPoints } from "../vehicle-store";

/**
 * How long a matatu glides to a new report. Frames arrive several times a second, each
 * restarting the glide from where the dot is, so this acts as smoothing rather than a schedule.
 */
const GLIDE_MS = 1000;
const OUTLINE: [number, number, number, number] = [15, 23, 42, 200];

/**
 * Matatus from typed arrays (VehicleStore): no accessor runs per vehicle, and the GPU
 * interpolates positions between reports (an attribute transition), not JavaScript.
 */
export function createMatatuLayer(data: BinaryPoints, { visible, glide = true }: { visible: boolean; glide?: boolean }) {
  return new ScatterplotLayer({
    id: "matatus",
    data,
    visible,
    pickable: true,
    radiusUnits: "pixels",
    getRadius: 4,
    radiusMinPixels: 2,
    stroked: true,
    getLineColor: OUTLINE,
    lineWidthUnits: "pixels",
    getLineWidth: 1,
    transitions: glide ? { getPosition: GLIDE_MS } : undefined,
  });
}
