import { createHash } from "node:crypto";
import type { Database } from "@/db/client";
import type { Duty, DutyContext } from "./duty";

const RETRY_LEADERSHIP_MS = 15_000;

/** A stable 31-bit advisory lock key per duty name. */
const lockKeyFor = (name: string) => createHash("sha256").update(`citydeck-duty:${name}`).digest().readInt32BE(0);

/**
 * Runs each duty in exactly one worker process: the process that holds the duty's advisory
 * lock runs it; the others retry, so one takes over when the holder dies (its connection, and
 * so its lock, end with it). Returns a function that stops everything started here.
 */
export function startDuties(
  database: Database,
  duties: Duty[],
  context: DutyContext,
  retryMs = RETRY_LEADERSHIP_MS,
): () => Promise<void> {
  const stops: (() => Promise<void>)[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let stopped = false;

  const retryLater = (duty: Duty) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      void attempt(duty);
    }, retryMs);
    timers.add(timer);
  };

  const attempt = async (duty: Duty) => {
    if (stopped) return;
    try {
      const release = await database.tryExclusive(lockKeyFor(duty.name));
      if (!release) return retryLater(duty);
      const stop = await duty.start({ ...context, log: (message) => context.log(`[${duty.name}] ${message}`) });
      stops.push(async () => {
        await stop();
        await release();
      });
      context.log(`[${duty.name}] started`);
    } catch (error) {
      context.log(`[${duty.name}] failed to start, retrying: ${error instanceof Error ? error.message : String(error)}`);
      retryLater(duty);
    }
  };
  for (const duty of duties) void attempt(duty);

  return async () => {
    stopped = true;
    for (const timer of timers) clearTimeout(timer);
    await Promise.allSettled(stops.map((stop) => stop()));
  };
}
