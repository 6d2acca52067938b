/**
 * The largest strongly connected component of a directed graph (Kosaraju, iterative so a long
 * road chain cannot overflow the stack). Snapping only to its nodes guarantees a route exists
 * between any two snapped points: one-way stubs and islands in the data cannot trap a unit.
 */
import type { Adjacency } from "./road-graph";

export function largestStronglyConnected(nodeCount: number, forward: Adjacency, reverse: Adjacency): Uint8Array {
  const order = finishOrder(nodeCount, forward);
  const component = new Int32Array(nodeCount).fill(-1);
  const sizes: number[] = [];
  const stack: number[] = [];
  for (let i = order.length - 1; i >= 0; i--) {
    const root = order[i]!;
    if (component[root] !== -1) continue;
    const id = sizes.length;
    let size = 0;
    component[root] = id;
    stack.push(root);
    while (stack.length) {
      const node = stack.pop()!;
      size++;
      for (let e = reverse.offsets[node]!; e < reverse.offsets[node + 1]!; e++) {
        const next = reverse.targets[e]!;
        if (component[next] === -1) {
          component[next] = id;
          stack.push(next);
        }
      }
    }
    sizes.push(size);
  }
  let largest = 0;
  for (let id = 1; id < sizes.length; id++) if (sizes[id]! > sizes[largest]!) largest = id;
  return Uint8Array.from(component, (c) => (c === largest ? 1 : 0));
}

/** Nodes in order of DFS completion on the forward graph. */
function finishOrder(nodeCount: number, forward: Adjacency): number[] {
  const order: number[] = [];
  const visited = new Uint8Array(nodeCount);
  const nextEdge = new Int32Array(nodeCount);
  const stack: number[] = [];
  for (let start = 0; start < nodeCount; start++) {
    if (visited[start]) continue;
    visited[start] = 1;
    nextEdge[start] = forward.offsets[start]!;
    stack.push(start);
    while (stack.length) {
      const node = stack[stack.length - 1]!;
      if (nextEdge[node]! < forward.offsets[node + 1]!) {
        const next = forward.targets[nextEdge[node]!++]!;
        if (!visited[next]) {
          visited[next] = 1;
          nextEdge[next] = forward.offsets[next]!;
          stack.push(next);
        }
      } else {
        stack.pop();
        order.push(node);
      }
    }
  }
  return order;
}
