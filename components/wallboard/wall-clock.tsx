import { WALL_TEXT } from "./wall-text";

/** The city's time, not the screen's: a wall may hang anywhere. */
export function WallClock({ now, timezone }: { now: Date; timezone: string }) {
  const time = now.toLocaleTimeString("en-GB", { timeZone: timezone, hour: "2-digit", minute: "2-digit" });
  const day = now.toLocaleDateString("en-GB", { timeZone: timezone, weekday: "short", day: "numeric", month: "short" });
  return (
    <p className="text-right">
      <time dateTime={now.toISOString()} className={`${WALL_TEXT.title} block tabular-nums`}>
        {time}
      </time>
      <span className={`${WALL_TEXT.small} text-muted-foreground`}>{day}</span>
    </p>
  );
}
