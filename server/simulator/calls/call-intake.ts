/**
 * Hands the simulator's calls to CityDeck the way a call-taking system would: POST
 * /api/ingest/calls with an integration token (scope ingest:calls), up to 100 calls a request,
 * `source: "simulator"`. Calls wait in a bounded queue while the endpoint is down and go out
 * when it is back (backing off up to a minute); the intake is idempotent by callId, so a retry
 * after a lost response duplicates nothing.
 */
import type { SimClock } from "../clock";
import { describeFailure, postWithToken, PushBackoff } from "../http/push-client";
import type { SimCall } from "./call-generator";

const BATCH = 100;
const MAX_QUEUED = 2_000;
const FLUSH_MS = 1_000;

export interface CallIntakeOptions {
  url: string;
  /** The `Authorization` header value ("Bearer …"). */
  authorization: string;
  clock: SimClock;
  log: (message: string) => void;
}

export function callPayload(call: SimCall, clock: SimClock) {
  return {
    callId: call.callId,
    receivedAt: clock.realAt(call.receivedAt).toISOString(),
    type: call.type,
    priority: call.priority,
    lon: call.position[0],
    lat: call.position[1],
    address: call.address,
    callerName: call.callerName,
    callerPhone: call.callerPhone,
    description: call.description,
    source: "simulator" as const,
  };
}

export class CallIntake {
  private queue: SimCall[] = [];
  private readonly timer: NodeJS.Timeout;
  private sending: Promise<void> | null = null;
  private readonly backoff: PushBackoff;
  readonly counts = { sent: 0, refused: 0, droppedWhileQueued: 0 };

  constructor(private readonly options: CallIntakeOptions) {
    this.backoff = new PushBackoff("call intake", "calls wait", options.log);
    this.timer = setInterval(() => void this.flush(), FLUSH_MS);
  }

  enqueue(calls: readonly SimCall[]): void {
    this.queue.push(...calls);
    const excess = this.queue.length - MAX_QUEUED;
    if (excess > 0) {
      this.queue.splice(0, excess);
      this.counts.droppedWhileQueued += excess;
    }
  }

  /** Sends what is queued (one request at a time); resolves when this round is done. */
  flush(): Promise<void> {
    if (!this.sending && this.queue.length > 0 && this.backoff.ready) {
      this.sending = this.sendBatch().finally(() => (this.sending = null));
    }
    return this.sending ?? Promise.resolve();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.sending;
  }

  private async sendBatch(): Promise<void> {
    const batch = this.queue.slice(0, BATCH);
    const body = JSON.stringify(batch.map((call) => callPayload(call, this.options.clock)));
    const outcome = await postWithToken(this.options.url, this.options.authorization, body);
    const retryable = !outcome.reached || outcome.status === 401 || outcome.status === 403 || outcome.status === 429 || outcome.status >= 500;
    if (retryable) return this.backoff.failed(describeFailure(outcome));
    this.queue.splice(0, batch.length);
    if (outcome.ok) this.counts.sent += batch.length;
    else {
      // A 4xx other than auth means these calls will never be accepted: say so, drop them.
      this.counts.refused += batch.length;
      this.options.log(`call intake refused ${batch.length} calls (${outcome.status}): ${outcome.body.slice(0, 300)}`);
    }
    this.backoff.succeeded();
  }
}
