import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MinHeap } from "./binary-heap";

describe("MinHeap", () => {
  it("pops items in order of priority, however they were pushed (and grows past its capacity)", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, min: 0, max: 1e6 }), { maxLength: 300 }), (priorities) => {
        const heap = new MinHeap(4);
        priorities.forEach((priority, item) => heap.push(item, priority));
        const popped: number[] = [];
        while (heap.size > 0) popped.push(priorities[heap.pop()]!);
        expect(popped).toEqual([...priorities].sort((a, b) => a - b));
      }),
    );
  });
});
