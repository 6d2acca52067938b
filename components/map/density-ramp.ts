import type { Rgb } from "./rgb";

/** ColorBrewer YlOrRd: light yellow for few incidents to deep red for many. */
export const DENSITY_RAMP: readonly Rgb[] = [
  [255, 255, 178],
  [254, 204, 92],
  [253, 141, 60],
  [240, 59, 32],
  [189, 0, 38],
];

/**
 * The colour for `count` incidents in a cell when the busiest cell has `max`. On a log scale:
 * a crash hotspot has hundreds, most cells a handful, and both must read.
 */
export function densityColor(count: number, max: number): Rgb {
  const t = max <= 1 ? 1 : Math.log1p(count) / Math.log1p(max);
  return DENSITY_RAMP[Math.min(DENSITY_RAMP.length - 1, Math.floor(t * DENSITY_RAMP.length))]!;
}
