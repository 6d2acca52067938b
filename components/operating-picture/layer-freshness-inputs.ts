import { judgeFreshness, type Freshness } from "./layer-freshness";
import type { MapLayerKey } from "./map-layers";
import { DENSITY_POLL_MS, WARD_METRIC_POLL_MS, WORK_ORDER_POLL_MS } from "./operating-queries";

/** The newest moment each source of the map is known to be complete (epoch ms), or null for none yet. */
export interface FreshnessInputs {
  /** Incidents, units and alerts arrive as events: they are complete while the live stream flows. */
  liveUpToMs: number | null;
  newestSensorReadingMs: number | null;
  newestTrafficReadingMs: number | null;
  newestVehicleReportMs: number | null;
  workOrdersFetchedMs: number | null;
  wardMetricsFetchedMs: number | null;
  densityFetchedMs: number | null;
}

/** The expected interval of each layer's news, in seconds; labels are base data and have none. */
const SOURCES: Record<Exclude<MapLayerKey, "labels">, { input: keyof FreshnessInputs; cadenceS: number }> = {
  // A stream that stops for longer than this is a problem, whatever the traffic.
  incidents: { input: "liveUpToMs", cadenceS: 10 },
  units: { input: "liveUpToMs", cadenceS: 10 },
  alerts: { input: "liveUpToMs", cadenceS: 10 },
  // GTFS-Realtime: refreshed at least every 30 s (STANDARDS.md).
  matatus: { input: "newestVehicleReportMs", cadenceS: 30 },
  // Sensors report every minute (lib/domain/sensors.ts); the newest of 300 should be seconds old.
  sensors: { input: "newestSensorReadingMs", cadenceS: 60 },
  traffic: { input: "newestTrafficReadingMs", cadenceS: 60 },
  requests: { input: "workOrdersFetchedMs", cadenceS: WORK_ORDER_POLL_MS / 1000 },
  wards: { input: "wardMetricsFetchedMs", cadenceS: WARD_METRIC_POLL_MS / 1000 },
  density: { input: "densityFetchedMs", cadenceS: DENSITY_POLL_MS / 1000 },
};

/** Each layer's freshness now: the age of its newest data against its expected cadence. */
export function layerFreshness(inputs: FreshnessInputs, nowMs: number): Partial<Record<MapLayerKey, Freshness>> {
  return Object.fromEntries(Object.entries(SOURCES).map(([layer, { input, cadenceS }]) => [layer, judgeFreshness(inputs[input], nowMs, cadenceS)]));
}
