import { tracked } from "@trpc/server";
import type { Database } from "@/db/client";
import type { LiveTopic } from "@/lib/domain/live";
import type { AgencyScope } from "@/server/auth/agency-scope";
import { currentSeq, pullChanges, type ChangeBatch } from "./pull-changes";
import { wakeHubFor } from "./wake";

/** Decides, before every pull, what the subscriber may see (and throws once it may see nothing). */
export type ScopeResolver = () => Promise<Partial<Record<LiveTopic, AgencyScope>>>;

/** At most this many frames per second: vehicle and sensor updates are coalesced into frames. */
export const FRAME_INTERVAL_MS = 250;

/**
 * seq + wake + pull: subscribe to wake-ups FIRST, then read the backlog after `lastEventId`,
 * then pull again on every wake. Each frame is tracked by its highest seq, so a reconnecting
 * client resumes exactly where it stopped, with no gap and no duplicate. Access is re-resolved
 * on every pull, so a revoked grant or an ended session stops the flow at once.
 */
export async function* streamChanges(
  database: Database,
  topics: readonly LiveTopic[],
  resolveScopes: ScopeResolver,
  lastEventId: string | null | undefined,
  signal: AbortSignal | undefined,
) {
  let pending = true; // the backlog is due at once
  let wakeUp: (() => void) | null = null;
  const wanted = new Set(topics);
  const unsubscribe = await wakeHubFor(database).subscribe((topic) => {
    if (!wanted.has(topic)) return;
    pending = true;
    wakeUp?.();
  });
  const onAbort = () => wakeUp?.();
  signal?.addEventListener("abort", onAbort);
  try {
    let after = lastEventId ? Number(lastEventId) : await currentSeq(database.db);
    while (!signal?.aborted) {
      if (!pending) await new Promise<void>((resolve) => (wakeUp = resolve));
      wakeUp = null;
      if (signal?.aborted) break;
      pending = false;
      let batch: ChangeBatch;
      do {
        batch = await pullChanges(database.db, await resolveScopes(), after);
        if (batch.changes.length === 0) break;
        after = batch.seq;
        yield tracked(String(batch.seq), batch);
      } while (!signal?.aborted);
      await sleep(FRAME_INTERVAL_MS, signal);
    }
  } finally {
    signal?.removeEventListener("abort", onAbort);
    unsubscribe();
  }
}

/**
 * Waits `ms`, or less if the stream is aborted. Its abort listener goes when the wait ends: a
 * stream open for hours pauses after every frame, and each listener left behind would hold on
 * until the subscriber left.
 */
function sleep(ms: number, signal: AbortSignal | undefined) {
  return new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
  });
}
