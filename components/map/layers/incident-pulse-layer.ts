import { ScatterplotLayer } from "@deck.gl/layers";
import { PRIORITY_SYMBOLOGY } from "../incident-symbology";

export interface PulsePoint {
  lon: number;
  lat: number;
}

/** The ring's radius at the start of a pulse, in pixels; it grows to PULSE_GROWTH times that. */
const RING_PX = 18;
const PULSE_GROWTH = 2.6;

/**
 * A ring that swells and fades around each new P1 until someone dispatches to it. `phase` runs
 * 0..1 and only drives uniforms (radiusScale, opacity), so animating costs no attribute update.
 */
export function createIncidentPulseLayer<T extends PulsePoint>(data: readonly T[], { visible, phase }: { visible: boolean; phase: number }) {
  return new ScatterplotLayer<T>({
    id: "incident-pulse",
    data,
    visible: visible && data.length > 0,
    getPosition: (d) => [d.lon, d.lat],
    getRadius: RING_PX,
    radiusUnits: "pixels",
    radiusScale: 1 + (PULSE_GROWTH - 1) * phase,
    opacity: 1 - phase,
    stroked: true,
    filled: false,
    getLineColor: [...PRIORITY_SYMBOLOGY[1].color, 255],
    getLineWidth: 3,
    lineWidthUnits: "pixels",
  });
}
