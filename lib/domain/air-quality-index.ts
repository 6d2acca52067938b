/**
 * PM2.5 (24-hour mean, µg/m³) on the US EPA Air Quality Index, 2024 revision (STANDARDS.md):
 * the index, the band's name and the band's official colour.
 */
interface Breakpoint {
  concentrationLow: number;
  concentrationHigh: number;
  indexLow: number;
  indexHigh: number;
  name: string;
  /** The AQI's own colour for the band (EPA Technical Assistance Document, 2024). */
  color: string;
}

export const PM25_AQI_BREAKPOINTS: readonly Breakpoint[] = [
  { concentrationLow: 0, concentrationHigh: 9.0, indexLow: 0, indexHigh: 50, name: "Good", color: "#00e400" },
  { concentrationLow: 9.1, concentrationHigh: 35.4, indexLow: 51, indexHigh: 100, name: "Moderate", color: "#ffff00" },
  { concentrationLow: 35.5, concentrationHigh: 55.4, indexLow: 101, indexHigh: 150, name: "Unhealthy for sensitive groups", color: "#ff7e00" },
  { concentrationLow: 55.5, concentrationHigh: 125.4, indexLow: 151, indexHigh: 200, name: "Unhealthy", color: "#ff0000" },
  { concentrationLow: 125.5, concentrationHigh: 225.4, indexLow: 201, indexHigh: 300, name: "Very unhealthy", color: "#8f3f97" },
  { concentrationLow: 225.5, concentrationHigh: 325.4, indexLow: 301, indexHigh: 500, name: "Hazardous", color: "#7e0023" },
];

export interface AirQuality {
  aqi: number;
  band: string;
  color: string;
  /** 0 = Good ... 5 = Hazardous: the wall's threshold colour follows it. */
  bandIndex: number;
}

/**
 * The EPA truncates the concentration to one decimal, finds its band and interpolates linearly
 * within it, rounding to a whole index. Beyond the top of the table the last band's slope goes
 * on (the index passes 500), so an extreme reading still reads as extreme.
 */
export function pm25Aqi(microgramsPerM3: number): AirQuality {
  const c = Math.max(0, Math.floor(microgramsPerM3 * 10 + 1e-9) / 10);
  const found = PM25_AQI_BREAKPOINTS.findIndex((b) => c <= b.concentrationHigh);
  const bandIndex = found === -1 ? PM25_AQI_BREAKPOINTS.length - 1 : found;
  const b = PM25_AQI_BREAKPOINTS[bandIndex]!;
  const aqi = Math.round(((b.indexHigh - b.indexLow) / (b.concentrationHigh - b.concentrationLow)) * (c - b.concentrationLow) + b.indexLow);
  return { aqi, band: b.name, color: b.color, bandIndex };
}
