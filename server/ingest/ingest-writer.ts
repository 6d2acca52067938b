/**
 * The ingest writer: one queue, one loop, batches committed in arrival order. Everything that
 * reaches the database from a feed passes here, so batching, backpressure, retries and poison
 * handling are decided once.
 *
 * - Group commit: while a batch commits, new envelopes queue; the next batch takes all of them
 *   (up to `maxBatchItems`). Light load gets low latency, heavy load gets big batches.
 * - Backpressure: the queue is bounded by records; producers wait for room (`whenRoom`).
 * - A batch is one transaction. A passing failure (connection lost) retries the same batch with
 *   backoff, forever: nothing is acknowledged meanwhile, so nothing is lost. A refusal caused by
 *   the data (a constraint) splits the batch in halves until the one poisonous envelope is found;
 *   that one is dead-lettered and the rest commit.
 */
import { setImmediate as yieldToIo, setTimeout as sleep } from "node:timers/promises";
import { backoffDelay, type BackoffPolicy } from "@/server/transports/backoff";
import { BoundedQueue } from "./bounded-queue";
import { describeRefusal, isPoisonError } from "./database-errors";
import type { Envelope, EnvelopeOutcome } from "./ingest-items";

/** Where batches go: the database in production (write-batch.ts), a fake in unit tests. */
export interface IngestStore {
  /**
   * Work on an envelope that needs no database, done as it is submitted: it then overlaps the
   * batch in flight instead of delaying the next one.
   */
  prepare?(envelope: Envelope): void;
  /** Writes every envelope in ONE transaction; outcomes in envelope order. */
  writeBatch(envelopes: Envelope[]): Promise<EnvelopeOutcome[]>;
  /** Records a whole envelope as rejected (dead letter + counters) in its own transaction. */
  deadLetter(envelope: Envelope, reason: string): Promise<EnvelopeOutcome>;
}

export type IngestWriterOptions = {
  /** Records the queue holds before producers must wait (bounded memory). */
  maxQueuedItems?: number;
  /** Records per transaction at most. */
  maxBatchItems?: number;
  retry?: BackoffPolicy;
  log?: (message: string) => void;
};

export class IngestStoppedError extends Error {
  constructor() {
    super("ingestion stopped before this message was committed");
  }
}

type Pending = { envelope: Envelope; resolve: (outcome: EnvelopeOutcome) => void; reject: (error: Error) => void };

const weightOf = (pending: Pending) => pending.envelope.items.length + pending.envelope.rejections.length;

export class IngestWriter {
  private queue: BoundedQueue<Pending>;
  private maxBatchItems: number;
  private retry: BackoffPolicy;
  private log: (message: string) => void;
  private accepting = true;
  private abandon = new AbortController();
  private inFlight: Pending[] = [];
  private loop: Promise<void>;

  constructor(
    private store: IngestStore,
    options: IngestWriterOptions = {},
  ) {
    this.queue = new BoundedQueue(options.maxQueuedItems ?? 100_000, weightOf);
    this.maxBatchItems = options.maxBatchItems ?? 20_000;
    this.retry = options.retry ?? { baseMs: 100, maxMs: 10_000 };
    this.log = options.log ?? (() => {});
    this.loop = this.run();
  }

  /** Resolves once the envelope's batch has committed; rejects only when the writer is stopped first. */
  submit(envelope: Envelope): Promise<EnvelopeOutcome> {
    if (!this.accepting) return Promise.reject(new IngestStoppedError());
    this.store.prepare?.(envelope);
    return new Promise((resolve, reject) => this.queue.push({ envelope, resolve, reject }));
  }

  get hasRoom(): boolean {
    return this.queue.hasRoom;
  }

  whenRoom(): Promise<void> {
    return this.queue.whenRoom();
  }

  /** Records waiting to be written. */
  get backlog(): number {
    return this.queue.totalWeight;
  }

  /** Stops taking envelopes, commits everything queued, then ends. */
  async stop(): Promise<void> {
    this.accepting = false;
    this.queue.wakeWaiters();
    await this.loop;
  }

  /**
   * Ends at once, as a crash would: queued and in-flight envelopes are never acknowledged (their
   * promises reject), so at-least-once transports redeliver them to the next writer. A write
   * already sent to the database is abandoned, not awaited: it may still commit, harmlessly.
   */
  abort(): void {
    this.accepting = false;
    this.abandon.abort();
    this.queue.wakeWaiters();
    for (const pending of [...this.inFlight, ...this.queue.drain()]) pending.reject(new IngestStoppedError());
  }

  private async run(): Promise<void> {
    while (!this.abandon.signal.aborted) {
      if (this.queue.size === 0) {
        if (!this.accepting) return;
        await this.queue.whenNotEmpty();
        continue;
      }
      // Let pending socket reads queue their messages first: PGlite runs queries on this thread,
      // so without this pause a busy writer would starve the transports into batches of one.
      await yieldToIo();
      this.inFlight = this.queue.take(this.maxBatchItems);
      await this.commit(this.inFlight);
      this.inFlight = [];
    }
  }

  private async commit(batch: Pending[]): Promise<void> {
    const result = await this.withRetries(() => this.store.writeBatch(batch.map((p) => p.envelope)));
    if ("ok" in result) return batch.forEach((pending, i) => pending.resolve(result.ok[i]!));
    if (!("poison" in result)) return;
    if (batch.length === 1) return this.deadLetter(batch[0]!, `the database refused it: ${describeRefusal(result.poison)}`);
    const middle = Math.ceil(batch.length / 2);
    await this.commit(batch.slice(0, middle));
    await this.commit(batch.slice(middle));
  }

  private async deadLetter(pending: Pending, reason: string): Promise<void> {
    const result = await this.withRetries(() => this.store.deadLetter(pending.envelope, reason));
    if ("ok" in result) return pending.resolve(result.ok);
    if (!("poison" in result)) return;
    // Not even the dead letter could be stored (its feed was deleted meanwhile): say so, move on.
    this.log(`dropped a message the database refused twice: ${reason}; ${describeRefusal(result.poison)}`);
    pending.resolve({ accepted: 0, rejected: pending.envelope.items.length, reasons: [reason] });
  }

  /** Runs `write` until it succeeds, the data is refused ("poison"), or the writer is aborted (`{}`). */
  private async withRetries<T>(write: () => Promise<T>): Promise<{ ok: T } | { poison: unknown } | Record<string, never>> {
    for (let attempt = 0; !this.abandon.signal.aborted; attempt++) {
      try {
        return { ok: await write() };
      } catch (error) {
        if (isPoisonError(error)) return { poison: error };
        this.log(`ingest batch failed (attempt ${attempt + 1}), retrying: ${describeRefusal(error)}`);
        await sleep(backoffDelay(attempt, this.retry), undefined, { signal: this.abandon.signal }).catch(() => {});
      }
    }
    return {};
  }
}
