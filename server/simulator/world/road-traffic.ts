/**
 * Traffic on the corridors: speed falls from free flow (85 % of the limit) to under a third of
 * it in the rush hours; the count follows the flow, about 20 vehicles a minute per lane at
 * the peak. A blocked road (a drill's pile-up) crawls at walking pace and lets a trickle through.
 */
import type { SimSensor } from "../city/load-city";
import type { LocalTime } from "../local-time";
import { hashedGaussian } from "../random";
import { congestion, trafficFlow } from "./daily-patterns";
import type { DrillEffects } from "./drill-effects";

const FREE_FLOW_SHARE_OF_LIMIT = 0.85;
const RUSH_HOUR_SLOWDOWN = 0.7;
const BLOCKED_KPH = 5;
const PEAK_VEHICLES_PER_LANE_MINUTE = 20;
const BLOCKED_FLOW_SHARE = 0.15;
const DEFAULT_LANES = 4;
const DEFAULT_LIMIT_KPH = 50;

export class RoadTraffic {
  constructor(
    private readonly localTime: LocalTime,
    private readonly effects: DrillEffects,
    private readonly seed: number,
  ) {}

  speedKph(sensor: SimSensor, at: Date): number {
    const limit = sensor.config.speedLimitKph ?? DEFAULT_LIMIT_KPH;
    const jam = congestion(this.localTime.hourOfDay(at), this.localTime.isWeekday(at));
    const flowing = limit * FREE_FLOW_SHARE_OF_LIMIT * (1 - RUSH_HOUR_SLOWDOWN * jam) * (1 + 0.06 * this.noise(sensor, at));
    const blocked = this.effects.blockageOn(sensor.road?.name ?? null, at);
    return Math.max(1, flowing * (1 - blocked) + BLOCKED_KPH * blocked);
  }

  vehiclesPerMinute(sensor: SimSensor, at: Date): number {
    const flow = trafficFlow(this.localTime.hourOfDay(at), this.localTime.isWeekday(at));
    const capacity = (sensor.road?.lanes ?? DEFAULT_LANES) * PEAK_VEHICLES_PER_LANE_MINUTE;
    const blocked = this.effects.blockageOn(sensor.road?.name ?? null, at);
    return Math.max(0, capacity * flow * (1 + 0.1 * this.noise(sensor, at)) * (1 - blocked * (1 - BLOCKED_FLOW_SHARE)));
  }

  private noise(sensor: SimSensor, at: Date): number {
    return hashedGaussian(this.seed, "traffic", sensor.id, Math.floor(at.getTime() / 60_000));
  }
}
