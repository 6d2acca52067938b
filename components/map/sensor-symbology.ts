import type { SensorKind } from "@/lib/domain/sensors";
import type { Rgb } from "./rgb";

export interface Band {
  /** Upper bound, inclusive. */
  upTo: number;
  name: string;
  color: Rgb;
}

/** PM2.5 (µg/m³) on the US EPA AQI, 2024 revision, with the AQI's own colours (STANDARDS.md). */
export const PM25_BANDS: readonly Band[] = [
  { upTo: 9.0, name: "Good", color: [0, 228, 0] },
  { upTo: 35.4, name: "Moderate", color: [255, 255, 0] },
  { upTo: 55.4, name: "Unhealthy for sensitive groups", color: [255, 126, 0] },
  { upTo: 125.4, name: "Unhealthy", color: [255, 0, 0] },
  { upTo: 225.4, name: "Very unhealthy", color: [143, 63, 151] },
  { upTo: Infinity, name: "Hazardous", color: [126, 0, 35] },
];

/** The EPA truncates concentrations to one decimal before looking up the band. */
export function pm25Band(microgramsPerM3: number): Band {
  const truncated = Math.floor(microgramsPerM3 * 10) / 10;
  return PM25_BANDS.find((band) => truncated <= band.upTo) ?? PM25_BANDS.at(-1)!;
}

type FloodStages = { action: number; minor: number; moderate: number; major: number };

export const RIVER_STAGE_COLORS = {
  normal: [56, 189, 248],
  action: [255, 255, 0],
  minor: [255, 126, 0],
  moderate: [255, 0, 0],
  major: [143, 63, 151],
} as const satisfies Record<string, Rgb>;

export function riverStage(levelM: number, stages: FloodStages): keyof typeof RIVER_STAGE_COLORS {
  if (levelM >= stages.major) return "major";
  if (levelM >= stages.moderate) return "moderate";
  if (levelM >= stages.minor) return "minor";
  if (levelM >= stages.action) return "action";
  return "normal";
}

export const OTHER_SENSOR_COLOR: Rgb = [203, 213, 225];
export const SILENT_SENSOR_COLOR: Rgb = [100, 116, 139];

export interface SensorReading {
  kind: SensorKind;
  latestValue: number | null;
  config: { floodStagesM?: FloodStages };
}

/** Air quality by AQI band, river gauges by flood stage, the rest neutral; grey until a first reading. */
export function sensorColor(sensor: SensorReading): Rgb {
  if (sensor.latestValue === null) return SILENT_SENSOR_COLOR;
  if (sensor.kind === "air_quality") return pm25Band(sensor.latestValue).color;
  if (sensor.kind === "water_level" && sensor.config.floodStagesM) {
    return RIVER_STAGE_COLORS[riverStage(sensor.latestValue, sensor.config.floodStagesM)];
  }
  return OTHER_SENSOR_COLOR;
}
