import { pm25Aqi, PM25_AQI_BREAKPOINTS } from "@/lib/domain/air-quality-index";
import { FLOOD_STAGE_LABELS, floodStage, type FloodStage, type FloodStages } from "@/lib/domain/flood-stages";
import type { SensorKind } from "@/lib/domain/sensors";
import { BIN_FULL_FROM_PERCENT, STREETLIGHT_FAILED_BELOW } from "@/lib/domain/sensor-states";
import { hexColor, type Rgb } from "./rgb";

export interface Band {
  name: string;
  color: Rgb;
  /** Someone has to act: the map draws the sensor larger, with a bright ring. */
  alarm?: boolean;
}

/** A band that holds values below `below` (and at or above the previous band's bound). */
interface RangeBand extends Band {
  below: number;
}

/** PM2.5 on the US EPA AQI, 2024 revision, with the AQI's own colours (STANDARDS.md). */
export const PM25_BANDS: readonly (Band & { upTo: number })[] = PM25_AQI_BREAKPOINTS.map((b, i, all) => ({
  name: b.name,
  color: hexColor(b.color),
  upTo: i === all.length - 1 ? Infinity : b.concentrationHigh,
}));

export const pm25Band = (microgramsPerM3: number): Band => PM25_BANDS[pm25Aqi(microgramsPerM3).bandIndex]!;

/** Road-traffic noise: WHO guidance is about 53 dB Lden (STANDARDS.md); above 75 dB is harmful within hours. */
const NOISE_BANDS: readonly RangeBand[] = [
  { below: 53, name: "Within WHO guidance", color: [0, 228, 0] },
  { below: 65, name: "Above WHO guidance", color: [255, 255, 0] },
  { below: 75, name: "Loud", color: [255, 126, 0] },
  { below: Infinity, name: "Very loud", color: [255, 0, 0] },
];

/** Substation load in percent of its rated capacity. */
const LOAD_BANDS: readonly RangeBand[] = [
  { below: 80, name: "Normal load", color: [0, 228, 0] },
  { below: 95, name: "High load", color: [255, 255, 0] },
  { below: 100, name: "Near capacity", color: [255, 126, 0] },
  { below: Infinity, name: "Over capacity", color: [255, 0, 0], alarm: true },
];

/** Share of a circuit's lamps that are lit. */
const STREETLIGHT_BANDS: readonly RangeBand[] = [
  { below: STREETLIGHT_FAILED_BELOW, name: "Circuit failed", color: [255, 0, 0], alarm: true },
  { below: 0.95, name: "Some lamps out", color: [255, 126, 0] },
  { below: Infinity, name: "All lamps lit", color: [254, 240, 138] },
];

const BIN_BANDS: readonly RangeBand[] = [
  { below: 70, name: "Room left", color: [0, 228, 0] },
  { below: BIN_FULL_FROM_PERCENT, name: "Filling up", color: [255, 255, 0] },
  { below: Infinity, name: "Full", color: [255, 0, 0], alarm: true },
];

/** Measured speed as a share of the road's speed limit. */
export const SPEED_BANDS: readonly RangeBand[] = [
  { below: 0.25, name: "Jammed", color: [153, 27, 27] },
  { below: 0.5, name: "Congested", color: [255, 0, 0] },
  { below: 0.75, name: "Slow", color: [255, 126, 0] },
  { below: Infinity, name: "Free flow", color: [0, 228, 0] },
];

/** Kenya's Traffic Act: 50 km/h in built-up areas unless a road is signed otherwise. */
const URBAN_SPEED_LIMIT_KPH = 50;

/** River level against the gauge's own flood stages; from minor flooding on, someone has to act. */
const RIVER_STAGE_BANDS: Record<FloodStage, Band> = {
  normal: { name: FLOOD_STAGE_LABELS.normal, color: [56, 189, 248] },
  action: { name: FLOOD_STAGE_LABELS.action, color: [255, 255, 0] },
  minor: { name: FLOOD_STAGE_LABELS.minor, color: [255, 126, 0], alarm: true },
  moderate: { name: FLOOD_STAGE_LABELS.moderate, color: [255, 0, 0], alarm: true },
  major: { name: FLOOD_STAGE_LABELS.major, color: [143, 63, 151], alarm: true },
};

/** The per-site settings a sensor's colour depends on (a subset of the sensor's config). */
interface SensorSettings {
  floodStagesM?: FloodStages;
  speedLimitKph?: number;
}

export const COUNTING: Band = { name: "Counting", color: [203, 213, 225] };
export const NO_READING: Band = { name: "No reading yet", color: [100, 116, 139] };

const rangeBand = (bands: readonly RangeBand[], value: number) => bands.find((band) => value < band.below)!;

export interface SensorReading {
  kind: SensorKind;
  latestValue: number | null;
  config: SensorSettings;
}

/** Where a reading sits on its kind's standard scale: the band's name, its colour, and whether it is an alarm. */
export function sensorBand({ kind, latestValue: value, config }: SensorReading): Band {
  if (value === null) return NO_READING;
  switch (kind) {
    case "air_quality":
      return pm25Band(value);
    case "noise":
      return rangeBand(NOISE_BANDS, value);
    case "water_level":
      return config.floodStagesM ? RIVER_STAGE_BANDS[floodStage(value, config.floodStagesM)] : RIVER_STAGE_BANDS.normal;
    case "substation_load":
      return rangeBand(LOAD_BANDS, value);
    case "streetlight_circuit":
      return rangeBand(STREETLIGHT_BANDS, value);
    case "waste_bin_fill":
      return rangeBand(BIN_BANDS, value);
    case "traffic_speed":
      return speedBand(value, config);
    case "traffic_count":
      return COUNTING;
  }
}

export const speedBand = (speedKph: number, config: SensorSettings) => rangeBand(SPEED_BANDS, speedKph / (config.speedLimitKph ?? URBAN_SPEED_LIMIT_KPH));

/** Each kind's scale, for the legend: the same tables the map colours by. */
export const SENSOR_SCALES: { title: string; bands: readonly Band[] }[] = [
  { title: "PM2.5 (US EPA AQI)", bands: PM25_BANDS },
  { title: "Noise (dB)", bands: NOISE_BANDS },
  { title: "River level against flood stages", bands: Object.values(RIVER_STAGE_BANDS) },
  { title: "Substation load against capacity", bands: LOAD_BANDS },
  { title: "Street-light circuits", bands: STREETLIGHT_BANDS },
  { title: "Waste bins", bands: BIN_BANDS },
  { title: "Traffic speed against the limit", bands: SPEED_BANDS },
  { title: "Other", bands: [COUNTING, NO_READING] },
];
