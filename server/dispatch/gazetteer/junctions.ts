/** Junctions of named roads, from the road graph: a node where two differently named roads meet. */
import type { RoadGraph } from "../road-graph";

export interface Junction {
  /** "Kenyatta Avenue / Moi Avenue": the two names in alphabetical order. */
  name: string;
  lon: number;
  lat: number;
}

export function findJunctions(graph: RoadGraph): Junction[] {
  const seen = new Set<string>();
  const junctions: Junction[] = [];
  for (let node = 0; node < graph.nodeCount; node++) {
    const nameIds = new Set<number>();
    for (const adjacency of [graph.forward, graph.reverse]) {
      for (let e = adjacency.offsets[node]!; e < adjacency.offsets[node + 1]!; e++) {
        if (adjacency.nameIds[e]! >= 0) nameIds.add(adjacency.nameIds[e]!);
      }
    }
    if (nameIds.size < 2) continue;
    const names = [...nameIds].map((id) => graph.names[id]!).sort();
    for (let a = 0; a < names.length; a++) {
      for (let b = a + 1; b < names.length; b++) {
        const name = `${names[a]} / ${names[b]}`;
        // A pair of roads meeting at several nodes (a dual carriageway, a roundabout) is one junction.
        if (seen.has(name)) continue;
        seen.add(name);
        junctions.push({ name, lon: graph.lon[node]!, lat: graph.lat[node]! });
      }
    }
  }
  return junctions;
}
