/**
 * Nearest routable graph node to a point, through a uniform grid: look at the point's cell, then
 * rings of cells around it, until the next ring cannot hold anything closer than the best found.
 */
import { distanceM } from "@/db/seed/geo/haversine";
import type { RoadGraph } from "./road-graph";

/** ~550 m: a few dozen nodes per cell in the CBD, a ring or two to the nearest road in the suburbs. */
const CELL_DEG = 0.005;
const METRES_PER_DEGREE = 111_320;

export interface SnappedPoint {
  node: number;
  /** Straight-line metres from the point to the node. */
  metres: number;
}

export class NodeGrid {
  private readonly cells = new Map<string, number[]>();

  constructor(private readonly graph: RoadGraph) {
    for (let node = 0; node < graph.nodeCount; node++) {
      if (!graph.routable[node]) continue;
      const key = this.key(Math.floor(graph.lon[node]! / CELL_DEG), Math.floor(graph.lat[node]! / CELL_DEG));
      const cell = this.cells.get(key);
      if (cell) cell.push(node);
      else this.cells.set(key, [node]);
    }
  }

  /** The nearest routable node within `maxMetres`, or null. */
  nearest(lon: number, lat: number, maxMetres: number): SnappedPoint | null {
    const ix = Math.floor(lon / CELL_DEG);
    const iy = Math.floor(lat / CELL_DEG);
    // A ring r cells out is at least (r - 1) cell widths away; east-west cells shrink with latitude.
    const cellMetres = CELL_DEG * METRES_PER_DEGREE * Math.cos((lat * Math.PI) / 180);
    const maxRing = Math.ceil(maxMetres / cellMetres) + 1;
    let best: SnappedPoint | null = null;
    for (let ring = 0; ring <= maxRing; ring++) {
      if (best && (ring - 1) * cellMetres > best.metres) break;
      for (let dx = -ring; dx <= ring; dx++) {
        for (let dy = -ring; dy <= ring; dy++) {
          if (Math.max(Math.abs(dx), Math.abs(dy)) !== ring) continue;
          for (const node of this.cells.get(this.key(ix + dx, iy + dy)) ?? []) {
            const metres = distanceM([lon, lat], [this.graph.lon[node]!, this.graph.lat[node]!]);
            if (metres <= maxMetres && (!best || metres < best.metres)) best = { node, metres };
          }
        }
      }
    }
    return best;
  }

  private key(ix: number, iy: number) {
    return `${ix}:${iy}`;
  }
}
