/** Dijkstra with a binary heap over one direction of the road graph. */
import { MinHeap } from "./binary-heap";
import type { Adjacency } from "./road-graph";

export interface ShortestPathTree {
  /** Seconds from the source; Infinity where not reached. */
  seconds: Float64Array;
  /** The node before each node on its best path from the source, -1 at the source and unreached nodes. */
  previousNode: Int32Array;
  /** The adjacency slot of the edge from previousNode to the node. */
  previousEdge: Int32Array;
}

/**
 * Best travel times from `source` over `adjacency`. Stops early once every node of `targets` is
 * settled: a recommendation needs the few nodes units stand on, not the whole city.
 */
export function shortestPaths(nodeCount: number, adjacency: Adjacency, source: number, targets?: readonly number[]): ShortestPathTree {
  const seconds = new Float64Array(nodeCount).fill(Infinity);
  const previousNode = new Int32Array(nodeCount).fill(-1);
  const previousEdge = new Int32Array(nodeCount).fill(-1);
  const settled = new Uint8Array(nodeCount);
  const pending = new Set(targets);
  const heap = new MinHeap();
  seconds[source] = 0;
  heap.push(source, 0);
  while (heap.size > 0) {
    const node = heap.pop();
    if (settled[node]) continue;
    settled[node] = 1;
    if (targets && pending.delete(node) && pending.size === 0) break;
    const base = seconds[node]!;
    for (let e = adjacency.offsets[node]!; e < adjacency.offsets[node + 1]!; e++) {
      const next = adjacency.targets[e]!;
      const cost = base + adjacency.seconds[e]!;
      if (cost < seconds[next]!) {
        seconds[next] = cost;
        previousNode[next] = node;
        previousEdge[next] = e;
        heap.push(next, cost);
      }
    }
  }
  return { seconds, previousNode, previousEdge };
}
