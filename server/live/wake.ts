import type { Database } from "@/db/client";
import { LIVE_CHANNEL, type LiveTopic } from "@/lib/domain/live";

type Waker = (topic: LiveTopic) => void;

/**
 * One LISTEN per process, fanned out to every live subscriber. Subscribers only learn
 * "topic X changed"; they then pull rows by seq, so a lost wake-up costs latency, never data.
 */
class WakeHub {
  private wakers = new Set<Waker>();
  private listening: Promise<unknown> | null = null;

  constructor(private database: Database) {}

  async subscribe(waker: Waker): Promise<() => void> {
    this.listening ??= this.database.listen(LIVE_CHANNEL, (payload) => {
      for (const wake of this.wakers) wake(payload as LiveTopic);
    });
    await this.listening;
    this.wakers.add(waker);
    return () => this.wakers.delete(waker);
  }
}

const hubs = new WeakMap<Database, WakeHub>();

export function wakeHubFor(database: Database): WakeHub {
  let hub = hubs.get(database);
  if (!hub) hubs.set(database, (hub = new WakeHub(database)));
  return hub;
}
