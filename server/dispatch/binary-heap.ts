/**
 * A min-heap of (priority, item) pairs on growable typed arrays, for Dijkstra. No decrease-key:
 * a node is pushed again with its better cost and the stale entry is skipped when popped, which
 * is simpler and, on road graphs, about as fast.
 */
export class MinHeap {
  private priorities: Float64Array;
  private items: Int32Array;
  private count = 0;

  constructor(capacity = 1024) {
    this.priorities = new Float64Array(capacity);
    this.items = new Int32Array(capacity);
  }

  get size() {
    return this.count;
  }

  push(item: number, priority: number) {
    if (this.count === this.items.length) this.grow();
    let i = this.count++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.priorities[parent]! <= priority) break;
      this.priorities[i] = this.priorities[parent]!;
      this.items[i] = this.items[parent]!;
      i = parent;
    }
    this.priorities[i] = priority;
    this.items[i] = item;
  }

  /** Removes and returns the item with the lowest priority; call only when `size > 0`. */
  pop(): number {
    const top = this.items[0]!;
    const priority = this.priorities[--this.count]!;
    const item = this.items[this.count]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.count) break;
      if (child + 1 < this.count && this.priorities[child + 1]! < this.priorities[child]!) child++;
      if (this.priorities[child]! >= priority) break;
      this.priorities[i] = this.priorities[child]!;
      this.items[i] = this.items[child]!;
      i = child;
    }
    this.priorities[i] = priority;
    this.items[i] = item;
    return top;
  }

  private grow() {
    const priorities = new Float64Array(this.priorities.length * 2);
    priorities.set(this.priorities);
    const items = new Int32Array(this.items.length * 2);
    items.set(this.items);
    this.priorities = priorities;
    this.items = items;
  }
}
