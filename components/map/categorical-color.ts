import type { Rgb } from "./rgb";

/** Distinct hues that read on the dark base map and stay clear of the alarm reds. */
const PALETTE: readonly Rgb[] = [
  [251, 146, 60],
  [250, 204, 21],
  [163, 230, 53],
  [45, 212, 191],
  [56, 189, 248],
  [129, 140, 248],
  [232, 121, 249],
  [251, 113, 133],
  [253, 186, 116],
  [134, 239, 172],
];

/** A colour for a category (a route, a service code) picked by a hash: the same on every screen and every day. */
export function categoricalColor(key: string): Rgb {
  let hash = 0;
  for (let i = 0; i < key.length; i++) hash = (hash * 31 + key.charCodeAt(i)) | 0;
  return PALETTE[Math.abs(hash) % PALETTE.length]!;
}
