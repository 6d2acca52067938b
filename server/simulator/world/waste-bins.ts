/**
 * Smart bins fill through the day (faster while markets and homes are busy, barely at night)
 * and are emptied on collection rounds: every two or three days, at a fixed early-morning hour
 * per bin. One round in ten is missed, and that bin overflows until the next.
 */
import type { SimSensor } from "../city/load-city";
import type { LocalTime } from "../local-time";
import { between, hashedUnit, type Random } from "../random";

const MISSED_ROUND = 0.1;

interface Bin {
  sensor: SimSensor;
  fillPct: number;
  /** Percent per hour at the busiest time of day. */
  fillRate: number;
  roundEveryDays: number;
  roundHour: number;
  lastRoundDay: number;
  /** When it reached 100 %, while it stays full: uncollected garbage gets reported. */
  fullSinceMs: number | null;
}

export class WasteBins {
  private readonly bins: Map<string, Bin>;

  constructor(
    sensors: readonly SimSensor[],
    private readonly localTime: LocalTime,
    seed: number,
  ) {
    const bins = sensors
      .filter((sensor) => sensor.kind === "waste_bin_fill")
      .map((sensor): Bin => {
        const draw = (what: string) => hashedUnit(seed, "bin", sensor.id, what);
        return {
          sensor,
          fillPct: draw("start") * 60,
          // Full in 30-70 busy hours: a collection every 2-3 days keeps up, a missed one does not.
          fillRate: 100 / (30 + draw("rate") * 40),
          roundEveryDays: draw("every") < 0.5 ? 2 : 3,
          roundHour: 6 + draw("hour") * 4,
          lastRoundDay: -Infinity,
          fullSinceMs: null,
        };
      });
    this.bins = new Map(bins.map((bin) => [bin.sensor.id, bin]));
  }

  step(at: Date, dtS: number, random: Random): void {
    const hour = this.localTime.hourOfDay(at);
    const day = this.localTime.dayNumber(at);
    const activity = hour >= 6 && hour < 21 ? 1 : 0.15;
    for (const bin of this.bins.values()) {
      if (day % bin.roundEveryDays === 0 && hour >= bin.roundHour && bin.lastRoundDay !== day) {
        bin.lastRoundDay = day;
        if (random() >= MISSED_ROUND) bin.fillPct = between(random, 0, 5);
      }
      bin.fillPct = Math.min(100, bin.fillPct + (bin.fillRate * activity * dtS) / 3600);
      bin.fullSinceMs = bin.fillPct >= 100 ? (bin.fullSinceMs ?? at.getTime()) : null;
    }
  }

  fillPct(sensorId: string): number {
    const bin = this.bins.get(sensorId);
    if (!bin) throw new RangeError(`${sensorId} is not a waste bin`);
    return bin.fillPct;
  }

  /** Bins that have stood full for at least `forMs`. */
  overflowing(at: Date, forMs: number): SimSensor[] {
    return [...this.bins.values()].filter((bin) => bin.fullSinceMs !== null && at.getTime() - bin.fullSinceMs >= forMs).map((bin) => bin.sensor);
  }
}
