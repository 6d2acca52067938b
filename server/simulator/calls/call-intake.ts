/**
 * Hands the simulator's calls to CityDeck the way a call-taking system would: POST
 * /api/ingest/calls with an integration token (scope ingest:calls), up to 100 calls a request,
 * `source: "simulator"`. Calls wait in a bounded queue while the endpoint is down and go out
 * when it is back (backing off up to a minute); the intake is idempotent by callId, so a retry
 * after a lost response duplicates nothing.
 */
import type { SimClock } from "../clock";
import type { SimCall } from "./call-generator";

const BATCH = 100;
const MAX_QUEUED = 2_000;
const FLUSH_MS = 1_000;
const MAX_BACKOFF_MS = 60_000;
/** A request that hangs this long counts as failed (and holds up stopping no longer). */
const REQUEST_TIMEOUT_MS = 10_000;

export interface CallIntakeOptions {
  url: string;
  /** The `Authorization` header value ("Bearer …"), or null while no token is available. */
  authorization: () => Promise<string | null>;
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
  private retryAtMs = 0;
  private backoffMs = FLUSH_MS;
  private lastProblem: string | null = null;
  readonly counts = { sent: 0, refused: 0, droppedWhileQueued: 0 };

  constructor(private readonly options: CallIntakeOptions) {
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
    if (!this.sending && this.queue.length > 0 && Date.now() >= this.retryAtMs) {
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
    const authorization = await this.options.authorization();
    if (!authorization) return this.problem("no integration token for /api/ingest/calls yet; calls wait");
    let response: Response;
    try {
      response = await fetch(this.options.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization },
        body: JSON.stringify(batch.map((call) => callPayload(call, this.options.clock))),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch (error) {
      return this.problem(`call intake unreachable (${error instanceof Error ? error.message : String(error)}); calls wait`);
    }
    const retryable = response.status === 401 || response.status === 403 || response.status === 429 || response.status >= 500;
    if (retryable) return this.problem(`call intake answered ${response.status}; calls wait`);
    const body = await response.text();
    this.queue.splice(0, batch.length);
    if (response.ok) this.counts.sent += batch.length;
    else {
      // A 4xx other than auth means these calls will never be accepted: say so, drop them.
      this.counts.refused += batch.length;
      this.options.log(`call intake refused ${batch.length} calls (${response.status}): ${body.slice(0, 300)}`);
    }
    this.recovered();
  }

  private problem(message: string): void {
    if (message !== this.lastProblem) this.options.log(message);
    this.lastProblem = message;
    this.retryAtMs = Date.now() + this.backoffMs;
    this.backoffMs = Math.min(MAX_BACKOFF_MS, this.backoffMs * 2);
  }

  private recovered(): void {
    if (this.lastProblem) this.options.log("call intake reachable again");
    this.lastProblem = null;
    this.backoffMs = FLUSH_MS;
  }
}
