/**
 * Exponential backoff with "full jitter" (AWS architecture blog, 2015): a random delay between 0
 * and min(max, base * 2^attempt). The randomness keeps many clients that failed together (a broker
 * restart, a feed outage) from retrying in lockstep.
 */
export type BackoffPolicy = { baseMs: number; maxMs: number };

export function backoffDelay(attempt: number, policy: BackoffPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(attempt, 30));
  return Math.round(random() * ceiling);
}
