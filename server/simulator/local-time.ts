/**
 * Local (city) time of a simulated instant, at the city's fixed UTC offset: Nairobi keeps UTC+3
 * all year, so there is no daylight-saving transition to handle.
 */
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export class LocalTime {
  constructor(readonly utcOffsetMinutes: number) {}

  private localMs(at: Date): number {
    return at.getTime() + this.utcOffsetMinutes * 60_000;
  }

  /** Fractional hour of the local day, 0 <= h < 24. */
  hourOfDay(at: Date): number {
    return (((this.localMs(at) % DAY_MS) + DAY_MS) % DAY_MS) / HOUR_MS;
  }

  /** Whole local days since 1970-01-01: a stable key for "this day". */
  dayNumber(at: Date): number {
    return Math.floor(this.localMs(at) / DAY_MS);
  }

  /** 0 = Sunday ... 6 = Saturday (1970-01-01 was a Thursday). */
  dayOfWeek(at: Date): number {
    return (((this.dayNumber(at) + 4) % 7) + 7) % 7;
  }

  /** 0 = Sunday 00:00-01:00 ... 167 = Saturday 23:00-24:00. */
  hourOfWeek(at: Date): number {
    return this.dayOfWeek(at) * 24 + Math.floor(this.hourOfDay(at));
  }

  isWeekday(at: Date): boolean {
    const day = this.dayOfWeek(at);
    return day >= 1 && day <= 5;
  }

  /** The instant of local midnight starting the given local day. */
  midnightOf(dayNumber: number): Date {
    return new Date(dayNumber * DAY_MS - this.utcOffsetMinutes * 60_000);
  }

  /** GTFS service date "YYYYMMDD" of a local day. */
  serviceDate(dayNumber: number): string {
    return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10).replaceAll("-", "");
  }

  /** Month of the local date, 1-12 (rain seasons follow it). */
  month(at: Date): number {
    return new Date(this.localMs(at)).getUTCMonth() + 1;
  }
}
