import { categoricalColor } from "./categorical-color";
import type { Rgb } from "./rgb";
import type { VehicleReport, VehiclePaint } from "./vehicle-store";

/** GTFS-Realtime best practice: a vehicle position older than 90 s is stale (STANDARDS.md). */
export const MATATU_STALE_AFTER_S = 90;
const FRESH_ALPHA = 240;
const STALE_ALPHA = 70;

export const MATATU_COLOR_MODES = ["delay", "route"] as const;
export type MatatuColorMode = (typeof MATATU_COLOR_MODES)[number];
export const MATATU_COLOR_MODE_LABELS: Record<MatatuColorMode, string> = { delay: "By delay", route: "By route" };

export interface DelayBand {
  /** Upper bound in seconds late, exclusive; negative is early. */
  below: number;
  name: string;
  color: Rgb;
}

/** Within a minute early to two minutes late counts as on time, as most transit agencies count it. */
export const DELAY_BANDS: readonly DelayBand[] = [
  { below: -60, name: "Early", color: [96, 165, 250] },
  { below: 120, name: "On time", color: [52, 211, 153] },
  { below: 600, name: "2-10 min late", color: [251, 191, 36] },
  { below: Infinity, name: "Over 10 min late", color: [248, 113, 113] },
];
/** No delay reported (no trip matched), or no route. */
export const UNKNOWN_COLOR: Rgb = [203, 213, 225];

export const delayBand = (delayS: number): DelayBand => DELAY_BANDS.find((band) => delayS < band.below)!;

export const isStaleVehicle = (report: VehicleReport, nowMs: number) => nowMs - report.reportedAt.getTime() > MATATU_STALE_AFTER_S * 1000;

const COLOR_BY: Record<MatatuColorMode, (report: VehicleReport) => Rgb> = {
  delay: (report) => (report.delayS === null ? UNKNOWN_COLOR : delayBand(report.delayS).color),
  route: (report) => (report.routeId === null ? UNKNOWN_COLOR : categoricalColor(report.routeId)),
};

export function matatuPaint(mode: MatatuColorMode): VehiclePaint {
  return {
    color: COLOR_BY[mode],
    alpha: (report, nowMs) => (isStaleVehicle(report, nowMs) ? STALE_ALPHA : FRESH_ALPHA),
  };
}
