import { describe, expect, it } from "vitest";
import { BoundedQueue } from "./bounded-queue";

const queueOf = (capacity: number) => new BoundedQueue<number[]>(capacity, (pack) => pack.length);

describe("BoundedQueue", () => {
  it("is full once its weight reaches capacity, and has room again after a take", async () => {
    const queue = queueOf(5);
    queue.push([1, 2, 3]);
    expect(queue.hasRoom).toBe(true);
    queue.push([4, 5]);
    expect(queue.hasRoom).toBe(false);
    let roomed = false;
    const room = queue.whenRoom().then(() => (roomed = true));
    await Promise.resolve();
    expect(roomed).toBe(false);
    expect(queue.take(3)).toEqual([[1, 2, 3]]);
    await room;
    expect(roomed).toBe(true);
    expect(queue.totalWeight).toBe(2);
  });

  it("takes whole entries in order up to the weight limit, but always at least one", () => {
    const queue = queueOf(100);
    for (const pack of [[1], [2, 2], [3, 3, 3], [4]]) queue.push(pack);
    expect(queue.take(3)).toEqual([[1], [2, 2]]);
    expect(queue.take(1)).toEqual([[3, 3, 3]]);
    expect(queue.drain()).toEqual([[4]]);
    expect(queue.take(10)).toEqual([]);
  });

  it("counts an empty entry as weight one, so empty packs still bound the queue", () => {
    const queue = queueOf(2);
    queue.push([]);
    queue.push([]);
    expect(queue.hasRoom).toBe(false);
  });

  it("wakes a consumer waiting for work", async () => {
    const queue = queueOf(10);
    const next = queue.whenNotEmpty();
    queue.push([7]);
    await next;
    expect(queue.size).toBe(1);
  });
});
