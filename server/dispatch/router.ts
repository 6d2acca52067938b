/**
 * Routes on the road graph: snap both ends to the nearest routable node, search, and add the
 * short straight legs between each end and its node.
 */
import { distanceM, type LonLat } from "@/db/seed/geo/haversine";
import { NodeGrid, type SnappedPoint } from "./node-grid";
import type { RoadGraph } from "./road-graph";
import { ACCESS_SPEED_KPH } from "./road-speeds";
import { shortestPaths, type ShortestPathTree } from "./shortest-paths";

/** Further than this from every road, a point is not somewhere a vehicle can be routed to. */
export const MAX_SNAP_M = 3_000;
const ACCESS_METRES_PER_SECOND = ACCESS_SPEED_KPH / 3.6;

export interface Route {
  seconds: number;
  metres: number;
  /** The named road the route follows furthest ("Mombasa Road"), or null. */
  via: string | null;
  /** Points from the origin to the destination, with the seconds at which each is reached. */
  path: LonLat[];
  times: number[];
}

export type RouteOutcome = { ok: true; route: Route } | { ok: false; reason: string };

export class Router {
  private readonly grid: NodeGrid;

  constructor(private readonly graph: RoadGraph) {
    this.grid = new NodeGrid(graph);
  }

  snap([lon, lat]: LonLat): SnappedPoint | null {
    return this.grid.nearest(lon, lat, MAX_SNAP_M);
  }

  /** Routes from each origin to one destination, with ONE search over the reversed edges. */
  toDestination(destination: LonLat, origins: readonly LonLat[]): RouteOutcome[] {
    const end = this.snap(destination);
    if (!end) return origins.map(() => ({ ok: false, reason: farFromRoads("That location") }));
    const starts = origins.map((origin) => this.snap(origin));
    const targets = starts.flatMap((start) => (start ? [start.node] : []));
    const tree = shortestPaths(this.graph.nodeCount, this.graph.reverse, end.node, targets);
    return origins.map((origin, i) => {
      const start = starts[i];
      if (!start) return { ok: false, reason: farFromRoads("The unit's position") };
      if (tree.seconds[start.node] === Infinity) return { ok: false, reason: "No road route joins these two places." };
      return { ok: true, route: this.trace(tree, origin, start, destination, end) };
    });
  }

  between(origin: LonLat, destination: LonLat): RouteOutcome {
    return this.toDestination(destination, [origin])[0]!;
  }

  /** Walks the search tree from the origin's node to the destination's, adding up time, length and names. */
  private trace(tree: ShortestPathTree, origin: LonLat, start: SnappedPoint, destination: LonLat, end: SnappedPoint): Route {
    const { lon, lat, reverse, names } = this.graph;
    const path: LonLat[] = [origin];
    const times = [0];
    let seconds = start.metres / ACCESS_METRES_PER_SECOND;
    let metres = start.metres;
    const metresByName = new Map<number, number>();
    for (let node = start.node; ; node = tree.previousNode[node]!) {
      path.push([lon[node]!, lat[node]!]);
      times.push(seconds);
      if (node === end.node) break;
      const edge = tree.previousEdge[node]!;
      seconds += reverse.seconds[edge]!;
      metres += reverse.metres[edge]!;
      const nameId = reverse.nameIds[edge]!;
      if (nameId >= 0) metresByName.set(nameId, (metresByName.get(nameId) ?? 0) + reverse.metres[edge]!);
    }
    const lastLeg = distanceM(path.at(-1)!, destination);
    seconds += lastLeg / ACCESS_METRES_PER_SECOND;
    metres += lastLeg;
    path.push(destination);
    times.push(seconds);
    const [viaId] = [...metresByName].reduce((best, entry) => (entry[1] > best[1] ? entry : best), [-1, 0]);
    return { seconds, metres, via: viaId >= 0 ? names[viaId]! : null, path, times };
  }
}

const farFromRoads = (what: string) => `${what} is more than ${MAX_SNAP_M / 1000} km from any road CityDeck knows; check the location.`;
