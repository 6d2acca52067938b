import { describeEvent } from "./describe-event";
import type { Timeline } from "./dispatch-queries";

// The console's own clock: dispatchers sit in the city they dispatch for.
const TIME = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", second: "2-digit" });

/** The incident's timeline: when, who, what. Oldest first, as it is printed. */
export function TimelineList({ events }: { events: Timeline["events"] }) {
  return (
    <ol aria-label="Timeline" className="space-y-1 text-sm">
      {events.map((event) => (
        <li key={event.id} className="grid grid-cols-[4.5rem_1fr] gap-2 print:break-inside-avoid">
          <time dateTime={event.at.toISOString()} className="text-muted-foreground font-mono text-xs tabular-nums print:text-black">
            {TIME.format(event.at)}
          </time>
          <span>
            {describeEvent(event)}
            <span className="text-muted-foreground block text-xs print:text-gray-600">{event.actor}</span>
          </span>
        </li>
      ))}
    </ol>
  );
}
