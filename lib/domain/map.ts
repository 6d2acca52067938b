import { z } from "zod";
import { SensorId } from "./sensors";

/** Windows of the historic incident density; the seeded history (2012-2023) only shows under "all". */
export const DENSITY_WINDOWS = ["1h", "8h", "24h", "7d", "all"] as const;
export type DensityWindow = (typeof DENSITY_WINDOWS)[number];

export const DENSITY_WINDOW_LABELS: Record<DensityWindow, string> = {
  "1h": "Last hour",
  "8h": "This shift (8 h)",
  "24h": "Last 24 h",
  "7d": "Last 7 days",
  all: "All history",
};

const HOUR_MS = 3_600_000;
/** How far back each window reaches; "all" has no start. */
export const DENSITY_WINDOW_MS: Record<DensityWindow, number | null> = {
  "1h": HOUR_MS,
  "8h": 8 * HOUR_MS,
  "24h": 24 * HOUR_MS,
  "7d": 7 * 24 * HOUR_MS,
  all: null,
};

export const IncidentDensityInput = z.object({ window: z.enum(DENSITY_WINDOWS) });
export type IncidentDensityInput = z.infer<typeof IncidentDensityInput>;

/** What the ward choropleth can shade wards by. */
export const WARD_METRICS = ["openIncidents", "worstAqi", "lightsOut", "requestsBacklog"] as const;
export type WardMetric = (typeof WARD_METRICS)[number];

export const WARD_METRIC_LABELS: Record<WardMetric, string> = {
  openIncidents: "Open incidents",
  worstAqi: "Worst PM2.5",
  lightsOut: "Street-light circuits out",
  requestsBacklog: "Open service requests",
};

export const WardMetricsInput = z.object({ metric: z.enum(WARD_METRICS) });
export type WardMetricsInput = z.infer<typeof WardMetricsInput>;

/** A sensor's recent history: the last hour by minute, or the last day or week by hour. */
export const SENSOR_HISTORY_RANGES = ["1h", "24h", "7d"] as const;
export type SensorHistoryRange = (typeof SENSOR_HISTORY_RANGES)[number];

export const SensorHistoryInput = z.object({ sensorId: SensorId, range: z.enum(SENSOR_HISTORY_RANGES).default("1h") });
export type SensorHistoryInput = z.infer<typeof SensorHistoryInput>;

export const SensorAlertsInput = z.object({ sensorId: SensorId });
export type SensorAlertsInput = z.infer<typeof SensorAlertsInput>;
