/**
 * The simulator's side of CityDeck's push endpoints (POST /api/ingest/*), as any integration
 * would talk to them: a POST with an integration token and a timeout, and after a failure an
 * exponential backoff that says what went wrong when it starts (or changes), not at every retry.
 */

/** A request that hangs this long counts as failed (and holds up stopping no longer). */
const REQUEST_TIMEOUT_MS = 10_000;
const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 60_000;

/** The endpoint's answer, or why there was none (refused, timed out). */
export type PushOutcome = { reached: true; ok: boolean; status: number; body: string } | { reached: false; reason: string };

export async function postWithToken(url: string, authorization: string, body: string, contentType = "application/json"): Promise<PushOutcome> {
  try {
    const response = await fetch(url, { method: "POST", headers: { "content-type": contentType, authorization }, body, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    return { reached: true, ok: response.ok, status: response.status, body: await response.text() };
  } catch (error) {
    // fetch only says "fetch failed"; the cause says what failed (ECONNREFUSED, a reset, ...).
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
    return { reached: false, reason: cause instanceof Error ? cause.message : String(cause) };
  }
}

export class PushBackoff {
  private retryAtMs = 0;
  private delayMs = FIRST_RETRY_MS;
  private problem: string | null = null;

  /**
   * @param endpoint how log lines name the endpoint ("call intake")
   * @param meanwhile what happens to the data while it is down ("calls wait")
   */
  constructor(
    private readonly endpoint: string,
    private readonly meanwhile: string,
    private readonly log: (message: string) => void,
  ) {}

  /** False while backing off after a failure. */
  get ready(): boolean {
    return Date.now() >= this.retryAtMs;
  }

  /** Backs off (1 s, doubling up to a minute); logs the problem unless it is the one already logged. */
  failed(problem: string): void {
    if (problem !== this.problem) this.log(`${this.endpoint} ${problem}; ${this.meanwhile}`);
    this.problem = problem;
    this.retryAtMs = Date.now() + this.delayMs;
    this.delayMs = Math.min(MAX_RETRY_MS, this.delayMs * 2);
  }

  succeeded(): void {
    if (this.problem) this.log(`${this.endpoint} reachable again`);
    this.problem = null;
    this.delayMs = FIRST_RETRY_MS;
  }
}

/** How a failed outcome reads in a log line ("answered 503: …", "unreachable (…)"). */
export function describeFailure(outcome: PushOutcome): string {
  return outcome.reached ? `answered ${outcome.status}: ${outcome.body.slice(0, 200)}` : `unreachable (${outcome.reason})`;
}
