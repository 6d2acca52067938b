import { ScatterplotLayer } from "@deck.gl/layers";
import { categoricalColor } from "../categorical-color";
import type { Cluster } from "../cluster-points";
import type { Rgb } from "../rgb";

export interface ServiceRequestPoint {
  id: string;
  serviceCode: string;
  lon: number;
  lat: number;
}

/** A cluster of several requests: neutral, so the count (drawn on top) is what reads. */
const CLUSTER_COLOR: Rgb = [148, 163, 184];
const OUTLINE: [number, number, number] = [15, 23, 42];

/** Bigger with more requests, but slowly: a cluster of 100 is not 100 times the size of one. */
export const clusterRadiusPx = (count: number) => (count === 1 ? 5 : 10 + 3 * Math.log2(count));

/**
 * Open311 requests: a dot in its category's colour, or, where requests crowd at city scale, one
 * circle per cluster (clusterPoints) with the count on it (createClusterCountLayer).
 */
export function createServiceRequestLayer<T extends ServiceRequestPoint>(clusters: readonly Cluster<T>[], { visible }: { visible: boolean }) {
  return new ScatterplotLayer<Cluster<T>>({
    id: "service-requests",
    data: clusters,
    visible,
    pickable: true,
    getPosition: (d) => [d.lon, d.lat],
    getRadius: (d) => clusterRadiusPx(d.members.length),
    getFillColor: (d) => [...(d.members.length === 1 ? categoricalColor(d.members[0]!.serviceCode) : CLUSTER_COLOR), 230],
    getLineColor: OUTLINE,
    getLineWidth: 1.5,
    lineWidthUnits: "pixels",
    radiusUnits: "pixels",
    stroked: true,
  });
}
