/** Whether an instant falls inside a daily local-time window such as 19:00-06:00 at +03:00. */
import type { ActiveWindow } from "@/lib/domain/rules";

const MINUTES_PER_DAY = 1440;

const minutesOf = (clock: string) => {
  const [hours, minutes] = clock.split(":").map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
};

/** "+03:00" as minutes east of UTC. */
export function offsetMinutes(offset: string): number {
  const sign = offset.startsWith("-") ? -1 : 1;
  return sign * minutesOf(offset.slice(1));
}

/** The window includes its start minute and excludes its end minute; from > to spans midnight. */
export function isInWindow(atMs: number, window: ActiveWindow): boolean {
  const utcMinute = Math.floor(atMs / 60_000);
  const local = (((utcMinute + offsetMinutes(window.utcOffset)) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  const from = minutesOf(window.from);
  const to = minutesOf(window.to);
  return from < to ? local >= from && local < to : local >= from || local < to;
}
