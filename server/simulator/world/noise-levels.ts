/**
 * Road-traffic noise (LAeq, dB) at monitors beside the roads: a level by road class at the
 * weekday rush, falling with the traffic as 10·log10 of the flow, so a quiet night on a
 * trunk road is about 12 dB below its day (WHO's day/night guidance is 53/45 dB Lden/Lnight).
 */
import type { SimSensor } from "../city/load-city";
import type { LocalTime } from "../local-time";
import { hashedGaussian } from "../random";
import { trafficFlow } from "./daily-patterns";

/** Rush-hour LAeq a few metres from the kerb, by OSM highway class. */
const RUSH_HOUR_DB: Record<string, number> = { motorway: 78, trunk: 76, primary: 73, secondary: 70, tertiary: 68 };
const OTHER_ROAD_DB = 66;
/** Flow never quite stops: night-time taxis, lorries and generators. */
const MIN_FLOW = 0.05;

export class NoiseLevels {
  constructor(
    private readonly localTime: LocalTime,
    private readonly seed: number,
  ) {}

  laeqDb(sensor: SimSensor, at: Date): number {
    const highwayClass = sensor.road?.highway.replace(/_link$/, "") ?? "";
    const rush = RUSH_HOUR_DB[highwayClass] ?? OTHER_ROAD_DB;
    const flow = Math.max(MIN_FLOW, trafficFlow(this.localTime.hourOfDay(at), this.localTime.isWeekday(at)));
    const noise = 1.5 * hashedGaussian(this.seed, "noise", sensor.id, Math.floor(at.getTime() / 60_000));
    return rush + 10 * Math.log10(flow) + noise;
  }
}
