/**
 * FIFO queue bounded by total weight (the number of records it holds), not by entries: one pack
 * of 10,000 readings weighs as much as 10,000 single readings. Producers check `hasRoom` (or await
 * `whenRoom`) before pushing, which is how backpressure reaches the transports.
 *
 * `push` itself always accepts: a producer that checked for room pushes one entry, so the queue
 * overshoots its capacity by at most one entry per concurrent producer.
 */
export class BoundedQueue<T> {
  private entries: { value: T; weight: number }[] = [];
  private weight = 0;
  private roomWaiters: (() => void)[] = [];
  private itemWaiters: (() => void)[] = [];

  constructor(
    readonly capacity: number,
    private weigh: (value: T) => number,
  ) {}

  get size(): number {
    return this.entries.length;
  }

  get totalWeight(): number {
    return this.weight;
  }

  get hasRoom(): boolean {
    return this.weight < this.capacity;
  }

  push(value: T): void {
    const weight = Math.max(1, this.weigh(value));
    this.entries.push({ value, weight });
    this.weight += weight;
    wakeAll(this.itemWaiters);
  }

  /** Takes entries from the front until `maxWeight` would be exceeded; always at least one when not empty. */
  take(maxWeight: number): T[] {
    let count = 0;
    let taken = 0;
    while (count < this.entries.length && (count === 0 || taken + this.entries[count]!.weight <= maxWeight)) {
      taken += this.entries[count]!.weight;
      count++;
    }
    const values = this.entries.splice(0, count).map((entry) => entry.value);
    this.weight -= taken;
    if (this.hasRoom) wakeAll(this.roomWaiters);
    return values;
  }

  /** Empties the queue, returning what it held. */
  drain(): T[] {
    return this.take(Number.POSITIVE_INFINITY);
  }

  whenRoom(): Promise<void> {
    return this.hasRoom ? Promise.resolve() : new Promise((resolve) => this.roomWaiters.push(resolve));
  }

  whenNotEmpty(): Promise<void> {
    return this.entries.length > 0 ? Promise.resolve() : new Promise((resolve) => this.itemWaiters.push(resolve));
  }

  /** Wakes every waiter (used at shutdown so nobody waits forever). */
  wakeWaiters(): void {
    wakeAll(this.roomWaiters);
    wakeAll(this.itemWaiters);
  }
}

function wakeAll(waiters: (() => void)[]) {
  for (const wake of waiters.splice(0)) wake();
}
