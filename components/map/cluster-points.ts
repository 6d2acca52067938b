export interface LonLatPoint {
  lon: number;
  lat: number;
}

export interface Cluster<T> {
  /** The members' mean position. */
  lon: number;
  lat: number;
  members: T[];
}

/** MapLibre's world is 512 pixels wide at zoom 0. */
const WORLD_PX = 512;

/** From this zoom on every point stands alone: points at one address never merge into a cluster that cannot be opened. */
export const CLUSTER_MAX_ZOOM = 16;

/**
 * Groups points that would fall in the same `cellPx` square on screen at `zoom` (a grid in Web
 * Mercator, as map clustering libraries do at their simplest). Clusters of one are single points.
 */
export function clusterPoints<T extends LonLatPoint>(points: readonly T[], zoom: number, cellPx = 64): Cluster<T>[] {
  if (zoom >= CLUSTER_MAX_ZOOM) return points.map((point) => ({ lon: point.lon, lat: point.lat, members: [point] }));
  const cellsPerWorld = (WORLD_PX * 2 ** zoom) / cellPx;
  const cells = new Map<string, Cluster<T>>();
  for (const point of points) {
    const [x, y] = mercator(point);
    const key = `${Math.floor(x * cellsPerWorld)}:${Math.floor(y * cellsPerWorld)}`;
    const cluster = cells.get(key);
    if (cluster) cluster.members.push(point);
    else cells.set(key, { lon: 0, lat: 0, members: [point] });
  }
  return [...cells.values()].map((cluster) => ({
    ...cluster,
    lon: mean(cluster.members, (p) => p.lon),
    lat: mean(cluster.members, (p) => p.lat),
  }));
}

/** Web Mercator, both axes 0..1. */
function mercator({ lon, lat }: LonLatPoint): [number, number] {
  const sin = Math.sin((lat * Math.PI) / 180);
  return [(lon + 180) / 360, 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)];
}

const mean = <T>(items: readonly T[], value: (item: T) => number) => items.reduce((sum, item) => sum + value(item), 0) / items.length;
