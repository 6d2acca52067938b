/**
 * Each ward's PM2.5 averaged over the last hour, as an air-quality alert is judged: samples on
 * a 5-minute grid, kept in a rolling window, so each sample is computed once rather than twelve
 * times (the watch runs every wall-clock second, whatever the simulation speed).
 */
import type { SimWard } from "../city/ward-areas";
import type { AirQualityModel } from "../world/air-quality";
import type { WardAirQuality } from "./air-quality-notice";

const GRID_MS = 5 * 60_000;
const SAMPLES = 12;

export class HourlyAirQuality {
  private readonly windows = new Map<string, number[]>();
  private lastGridMs = -Infinity;

  constructor(
    private readonly wards: readonly SimWard[],
    private readonly model: AirQualityModel,
  ) {}

  /** Last-hour mean µg/m³ of every ward at `at`. */
  means(at: Date): WardAirQuality[] {
    const gridMs = Math.floor(at.getTime() / GRID_MS) * GRID_MS;
    for (let sampleMs = Math.max(this.lastGridMs + GRID_MS, gridMs - (SAMPLES - 1) * GRID_MS); sampleMs <= gridMs; sampleMs += GRID_MS) {
      for (const ward of this.wards) {
        const window = this.windows.get(ward.code) ?? [];
        window.push(this.model.valueAt(ward.code, new Date(sampleMs)));
        this.windows.set(ward.code, window.slice(-SAMPLES));
      }
    }
    this.lastGridMs = Math.max(this.lastGridMs, gridMs);
    return this.wards.map((ward) => {
      const window = this.windows.get(ward.code)!;
      return { ward, hourlyMeanUgM3: window.reduce((sum, value) => sum + value, 0) / window.length };
    });
  }
}
