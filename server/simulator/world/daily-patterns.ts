/**
 * The city's daily rhythms, as relative levels per local hour (weekday and weekend): road
 * traffic (Nairobi's jams build 06-09 and 16-20) and electricity demand (evening peak when
 * households cook and light up, 18-21). Noise, traffic sensors and substation loads follow them.
 */
import { interpolateHourly } from "./hourly-curve";

const TRAFFIC_WEEKDAY = [0.08, 0.05, 0.04, 0.05, 0.12, 0.35, 0.75, 1, 0.95, 0.75, 0.65, 0.65, 0.7, 0.7, 0.68, 0.75, 0.9, 1, 0.98, 0.8, 0.55, 0.4, 0.25, 0.14];
const TRAFFIC_WEEKEND = [0.12, 0.08, 0.06, 0.05, 0.06, 0.12, 0.25, 0.4, 0.55, 0.65, 0.7, 0.72, 0.72, 0.7, 0.68, 0.68, 0.7, 0.7, 0.65, 0.55, 0.45, 0.35, 0.25, 0.18];
const DEMAND_WEEKDAY = [0.45, 0.42, 0.4, 0.4, 0.42, 0.5, 0.62, 0.7, 0.68, 0.66, 0.66, 0.67, 0.68, 0.67, 0.66, 0.66, 0.68, 0.75, 0.86, 0.92, 0.9, 0.8, 0.66, 0.53];
const DEMAND_WEEKEND = [0.47, 0.44, 0.42, 0.41, 0.42, 0.46, 0.54, 0.6, 0.62, 0.62, 0.62, 0.63, 0.64, 0.63, 0.62, 0.62, 0.64, 0.72, 0.84, 0.9, 0.88, 0.79, 0.67, 0.55];

/** Road traffic flow, 1 = the weekday rush hour. */
export function trafficFlow(hour: number, weekday: boolean): number {
  return interpolateHourly(weekday ? TRAFFIC_WEEKDAY : TRAFFIC_WEEKEND, hour);
}

/** 0 = free flow, 1 = jammed: congestion sets in once flow passes about half the peak. */
export function congestion(hour: number, weekday: boolean): number {
  return Math.max(0, (trafficFlow(hour, weekday) - 0.55) / 0.45) ** 1.5;
}

/** Electricity demand as a fraction of a typical substation's capacity. */
export function electricityDemand(hour: number, weekday: boolean): number {
  return interpolateHourly(weekday ? DEMAND_WEEKDAY : DEMAND_WEEKEND, hour);
}
