/**
 * Runs a poll at a feed's interval; after a failure, waits with exponential backoff and jitter
 * instead (never hammering a feed that is down), and returns to the interval after a success.
 */
import { backoffDelay, type BackoffPolicy } from "./backoff";

export type PollLoop = { stop(): Promise<void> };

export type PollLoopOptions = {
  intervalMs: number;
  poll(): Promise<void>;
  onError(error: unknown, retryInMs: number): void;
  backoff?: BackoffPolicy;
};

const BACKOFF: BackoffPolicy = { baseMs: 1_000, maxMs: 5 * 60_000 };

export function startPollLoop({ intervalMs, poll, onError, backoff = BACKOFF }: PollLoopOptions): PollLoop {
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  let failures = 0;

  const run = async () => {
    let delay = intervalMs;
    try {
      await poll();
      failures = 0;
    } catch (error) {
      delay = Math.max(backoff.baseMs, backoffDelay(failures++, backoff));
      onError(error, delay);
    }
    if (!stopped) timer = setTimeout(() => (running = run()), delay);
  };
  running = run();

  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
