/**
 * PM2.5 in each ward: the real series' typical day, scaled per ward (a seeded, log-normal
 * factor: some wards burn more rubbish or sit by busier roads), with the real series' spike
 * episodes replayed at their real rate and time of day, and a little noise. Stateless, so any
 * instant can be asked for.
 */
import type { LocalTime } from "../local-time";
import { between, hashedGaussian, pick, poisson, randomStream } from "../random";
import { interpolateHourly } from "./hourly-curve";
import { EPISODE_STEP_MIN, type Pm25Profile } from "./pm25-profile";

const STEP_MS = EPISODE_STEP_MIN * 60_000;
/** The series' sensor sat in a cleaner spot than most of the city's dense wards. */
const CITY_LEVEL_OVER_SERIES = 1.4;
const WARD_SPREAD = 0.35;
const READING_NOISE = 0.12;

interface ScheduledEpisode {
  startMs: number;
  multipliers: number[];
  intensity: number;
}

export class AirQualityModel {
  constructor(
    private readonly profile: Pm25Profile,
    private readonly localTime: LocalTime,
    private readonly seed: number,
  ) {}

  /** µg/m³ in the ward at `at`. */
  valueAt(wardCode: string, at: Date): number {
    const typical = interpolateHourly(this.profile.hourlyMedian, this.localTime.hourOfDay(at));
    const minute = Math.floor(at.getTime() / 60_000);
    const noise = 1 + READING_NOISE * hashedGaussian(this.seed, "pm25-noise", wardCode, minute);
    return Math.max(0.5, this.wardScale(wardCode) * typical * this.episodeMultiplier(wardCode, at) * noise);
  }

  private wardScale(wardCode: string): number {
    return CITY_LEVEL_OVER_SERIES * Math.exp(WARD_SPREAD * hashedGaussian(this.seed, "pm25-ward", wardCode));
  }

  private episodeMultiplier(wardCode: string, at: Date): number {
    const today = this.localTime.dayNumber(at);
    let multiplier = 1;
    // Yesterday's late episodes can run past midnight.
    for (const day of [today - 1, today]) {
      for (const episode of this.episodesOn(wardCode, day)) {
        const step = Math.floor((at.getTime() - episode.startMs) / STEP_MS);
        const ratio = episode.multipliers[step];
        if (step >= 0 && ratio !== undefined) multiplier = Math.max(multiplier, 1 + (ratio - 1) * episode.intensity);
      }
    }
    return multiplier;
  }

  private episodesOn(wardCode: string, day: number): ScheduledEpisode[] {
    if (this.profile.episodes.length === 0) return [];
    const random = randomStream(this.seed, `pm25-episodes/${wardCode}/${day}`);
    const midnight = this.localTime.midnightOf(day).getTime();
    return Array.from({ length: poisson(random, this.profile.episodesPerDay) }, () => {
      const episode = pick(random, this.profile.episodes);
      const startHour = episode.startHour + between(random, -0.5, 0.5);
      return { startMs: midnight + startHour * 3_600_000, multipliers: episode.multipliers, intensity: between(random, 0.6, 1.4) };
    });
  }
}
