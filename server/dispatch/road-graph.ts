/**
 * The road graph dispatch routes on: nodes (merged line vertices) and directed edges with a
 * travel time, in compressed adjacency arrays (CSR) both ways, so one search from an incident
 * over the reversed edges finds every unit's time to it at once.
 */
import { distanceM } from "@/db/seed/geo/haversine";
import { largestStronglyConnected } from "./largest-component";
import { VertexMerger } from "./vertex-merger";

/** A line the graph is built from: a road, a CBD street or a matatu shape. */
export interface GraphLine {
  coordinates: readonly (readonly [number, number])[];
  speedKph: number;
  oneway: boolean;
  /** Street name, for "via Mombasa Road"; null for unnamed roads and matatu shapes. */
  name: string | null;
}

/** Edges leaving (or, reversed, entering) each node: node i's edges are offsets[i] .. offsets[i+1]-1. */
export interface Adjacency {
  offsets: Int32Array;
  targets: Int32Array;
  seconds: Float32Array;
  metres: Float32Array;
  /** Index into RoadGraph.names, or -1. */
  nameIds: Int32Array;
}

export interface RoadGraph {
  nodeCount: number;
  lon: Float64Array;
  lat: Float64Array;
  forward: Adjacency;
  reverse: Adjacency;
  names: string[];
  /** 1 for nodes of the largest strongly connected component: the only ones points snap to. */
  routable: Uint8Array;
}

/** Vertices of different sources closer than this are one junction. */
const MERGE_TOLERANCE_M = 8;

interface EdgeList {
  from: number[];
  to: number[];
  seconds: number[];
  metres: number[];
  nameIds: number[];
}

export function buildRoadGraph(lines: readonly GraphLine[]): RoadGraph {
  const merger = new VertexMerger(MERGE_TOLERANCE_M);
  const edges: EdgeList = { from: [], to: [], seconds: [], metres: [], nameIds: [] };
  const names: string[] = [];
  const nameIndex = new Map<string, number>();
  const nameIdOf = (name: string | null) => {
    if (!name) return -1;
    let id = nameIndex.get(name);
    if (id === undefined) nameIndex.set(name, (id = names.push(name) - 1));
    return id;
  };

  for (const line of lines) {
    const metresPerSecond = line.speedKph / 3.6;
    const nameId = nameIdOf(line.name);
    let previous = -1;
    for (const [lon, lat] of line.coordinates) {
      const node = merger.nodeAt(lon, lat);
      if (previous >= 0 && node !== previous) {
        const metres = distanceM([merger.lon[previous]!, merger.lat[previous]!], [lon, lat]);
        addEdge(edges, previous, node, metres / metresPerSecond, metres, nameId);
        if (!line.oneway) addEdge(edges, node, previous, metres / metresPerSecond, metres, nameId);
      }
      previous = node;
    }
  }

  const nodeCount = merger.lon.length;
  const forward = toAdjacency(nodeCount, edges.from, edges.to, edges);
  const reverse = toAdjacency(nodeCount, edges.to, edges.from, edges);
  return {
    nodeCount,
    lon: Float64Array.from(merger.lon),
    lat: Float64Array.from(merger.lat),
    forward,
    reverse,
    names,
    routable: largestStronglyConnected(nodeCount, forward, reverse),
  };
}

function addEdge(edges: EdgeList, from: number, to: number, seconds: number, metres: number, nameId: number) {
  edges.from.push(from);
  edges.to.push(to);
  edges.seconds.push(seconds);
  edges.metres.push(metres);
  edges.nameIds.push(nameId);
}

/** Counting sort of the edges by `tails`: CSR with `heads` as targets. */
function toAdjacency(nodeCount: number, tails: number[], heads: number[], edges: EdgeList): Adjacency {
  const offsets = new Int32Array(nodeCount + 1);
  for (const tail of tails) offsets[tail + 1]!++;
  for (let i = 0; i < nodeCount; i++) offsets[i + 1]! += offsets[i]!;
  const cursor = offsets.slice(0, nodeCount);
  const m = tails.length;
  const adjacency: Adjacency = {
    offsets,
    targets: new Int32Array(m),
    seconds: new Float32Array(m),
    metres: new Float32Array(m),
    nameIds: new Int32Array(m),
  };
  for (let e = 0; e < m; e++) {
    const slot = cursor[tails[e]!]!++;
    adjacency.targets[slot] = heads[e]!;
    adjacency.seconds[slot] = edges.seconds[e]!;
    adjacency.metres[slot] = edges.metres[e]!;
    adjacency.nameIds[slot] = edges.nameIds[e]!;
  }
  return adjacency;
}
