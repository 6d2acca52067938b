/**
 * Substation load as a percentage of capacity: the city's demand curve (evening peak), scaled
 * per substation (some serve denser estates and run hot in the evening peak), with a little
 * noise. A power cut drops it to zero.
 */
import type { SimSensor } from "../city/load-city";
import type { LocalTime } from "../local-time";
import { hashedGaussian, hashedUnit } from "../random";
import { electricityDemand } from "./daily-patterns";
import type { DrillEffects } from "./drill-effects";

export class SubstationLoads {
  constructor(
    private readonly localTime: LocalTime,
    private readonly effects: DrillEffects,
    private readonly seed: number,
  ) {}

  loadPct(sensor: SimSensor, at: Date): number {
    if (this.effects.powerCutIn(sensor.wardCode, at)) return 0;
    // 0.8-1.15 of the typical curve: the busiest substations pass 100 % at the evening peak.
    const scale = 0.8 + 0.35 * hashedUnit(this.seed, "substation-scale", sensor.id);
    const demand = electricityDemand(this.localTime.hourOfDay(at), this.localTime.isWeekday(at));
    const noise = 1 + 0.03 * hashedGaussian(this.seed, "substation", sensor.id, Math.floor(at.getTime() / 60_000));
    return Math.max(0, 100 * demand * scale * noise);
  }
}
