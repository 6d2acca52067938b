/**
 * Turns line vertices into graph nodes, merging vertices closer than a tolerance. OSM ways meet
 * at shared vertices, but the CBD extract, the major roads and the matatu shapes come from
 * different sources whose vertices at a junction are metres apart, not equal: merging them is
 * what connects the three networks.
 */
import { distanceM } from "@/db/seed/geo/haversine";

/** ~11 m of latitude: a vertex only needs to look at its own grid cell and the eight around it. */
const CELL_DEG = 1e-4;
const cellKey = (ix: number, iy: number) => (ix + 2_000_000) * 4_000_000 + (iy + 2_000_000);

export class VertexMerger {
  readonly lon: number[] = [];
  readonly lat: number[] = [];
  private readonly cells = new Map<number, number[]>();

  constructor(private readonly toleranceM: number) {}

  /** The node for a vertex: an existing one within the tolerance, else a new one. */
  nodeAt(lon: number, lat: number): number {
    const ix = Math.floor(lon / CELL_DEG);
    const iy = Math.floor(lat / CELL_DEG);
    let best = -1;
    let bestM = this.toleranceM;
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const node of this.cells.get(cellKey(ix + dx, iy + dy)) ?? []) {
          const metres = distanceM([lon, lat], [this.lon[node]!, this.lat[node]!]);
          if (metres <= bestM) [best, bestM] = [node, metres];
        }
      }
    }
    if (best >= 0) return best;
    const node = this.lon.length;
    this.lon.push(lon);
    this.lat.push(lat);
    const key = cellKey(ix, iy);
    const cell = this.cells.get(key);
    if (cell) cell.push(node);
    else this.cells.set(key, [node]);
    return node;
  }
}
