/**
 * Where and when road collisions happen, learnt from the city's crash history (23,522 Ma3Route
 * reports in Nairobi): the reports of each local hour of the week give the collision rate of
 * that hour and the places to draw from, jittered a little so no two calls share a spot.
 */
import type { CrashRecord } from "../city/load-city";
import type { LonLat } from "../geo/polyline";
import type { LocalTime } from "../local-time";
import { gaussian, pick, type Random } from "../random";

const HOURS_PER_WEEK = 168;
/** About 50 m of scatter: a crowd report's pin is rarely exactly where the crash was. */
const JITTER_DEGREES = 0.00045;

export class CrashSampler {
  private readonly byHourOfWeek: CrashRecord[][];
  private readonly meanPerHour: number;

  constructor(
    crashes: readonly CrashRecord[],
    private readonly localTime: LocalTime,
  ) {
    if (crashes.length === 0) throw new Error("the city has no crash history to draw collisions from");
    this.byHourOfWeek = Array.from({ length: HOURS_PER_WEEK }, () => []);
    for (const crash of crashes) this.byHourOfWeek[localTime.hourOfWeek(crash.reportedAt)]!.push(crash);
    this.meanPerHour = crashes.length / HOURS_PER_WEEK;
  }

  /** This hour of the week's collision rate relative to the weekly mean (1). */
  rateFactor(at: Date): number {
    return this.crashesAt(at).length / this.meanPerHour;
  }

  /** A past crash of this hour of the week, moved a little. */
  sample(random: Random, at: Date): { position: LonLat; priority: number } {
    const candidates = this.crashesAt(at);
    const crash = pick(random, candidates.length > 0 ? candidates : this.byHourOfWeek.flat());
    const [lon, lat] = crash.position;
    return { position: [lon + JITTER_DEGREES * gaussian(random), lat + JITTER_DEGREES * gaussian(random)], priority: crash.priority };
  }

  private crashesAt(at: Date): CrashRecord[] {
    return this.byHourOfWeek[this.localTime.hourOfWeek(at)]!;
  }
}
