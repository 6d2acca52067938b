/**
 * City-wide weather, stepped through simulated time: rain storms (mostly convective afternoon
 * and evening storms, far more frequent in the long rains, March-May, and the short rains,
 * October-December) and the day's expected maximum temperature (the month's normal, raised in
 * rare hot spells). Rivers, flooding calls and the weather service's warnings follow it.
 */
import type { LocalTime } from "../local-time";
import { between, gaussian, type Random } from "../random";

/** Storms starting per day in each month, January first (Nairobi's two rainy seasons). */
const STORMS_PER_DAY = [0.1, 0.1, 0.35, 0.55, 0.4, 0.1, 0.05, 0.05, 0.08, 0.3, 0.45, 0.25];
/** Relative chance of a storm starting in each local hour: afternoon and evening convection. */
const STORM_HOUR_WEIGHT = [0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.4, 0.4, 0.5, 0.6, 0.8, 1, 1.4, 2, 2.4, 2.6, 2.4, 2, 1.5, 1, 0.7, 0.5, 0.4];
const MEAN_HOUR_WEIGHT = STORM_HOUR_WEIGHT.reduce((sum, weight) => sum + weight, 0) / 24;
/** Mean daily maximum °C per month. */
const NORMAL_MAX_C = [26, 27, 27, 25, 24, 23, 22, 23, 25, 26, 24, 24];
/** Hot spells start in the dry, sunny months: January to March. */
const HOT_SPELLS_PER_DAY = [0.03, 0.03, 0.02, 0, 0, 0, 0, 0, 0, 0, 0, 0];

export interface Storm {
  endMs: number;
  mmPerHour: number;
}

export class Weather {
  storm: Storm | null = null;
  private hotSpell: { endMs: number; extraC: number } | null = null;

  constructor(private readonly localTime: LocalTime) {}

  step(at: Date, dtS: number, random: Random): void {
    const ms = at.getTime();
    if (this.storm && ms >= this.storm.endMs) this.storm = null;
    if (this.hotSpell && ms >= this.hotSpell.endMs) this.hotSpell = null;
    const month = this.localTime.month(at) - 1;
    const hourWeight = STORM_HOUR_WEIGHT[Math.floor(this.localTime.hourOfDay(at))]! / MEAN_HOUR_WEIGHT;
    if (!this.storm && random() < (STORMS_PER_DAY[month]! * hourWeight * dtS) / 86_400) {
      // Log-normal intensity: mostly 3-15 mm/h showers, now and then a 40+ mm/h downpour.
      this.storm = { endMs: ms + between(random, 0.5, 3) * 3_600_000, mmPerHour: 6 * Math.exp(0.8 * gaussian(random)) };
    }
    if (!this.hotSpell && random() < (HOT_SPELLS_PER_DAY[month]! * dtS) / 86_400) {
      this.hotSpell = { endMs: ms + between(random, 2, 4) * 86_400_000, extraC: between(random, 4, 6) };
    }
  }

  rainMmPerHour(): number {
    return this.storm?.mmPerHour ?? 0;
  }

  /** Today's expected maximum: what a heat advisory is judged on. */
  expectedMaxC(at: Date): number {
    return NORMAL_MAX_C[this.localTime.month(at) - 1]! + (this.hotSpell?.extraC ?? 0);
  }
}
