import { TextLayer } from "@deck.gl/layers";
import type { Cluster } from "../cluster-points";

/** The number of points in each cluster of more than one, written on its circle. */
export function createClusterCountLayer<T>(id: string, clusters: readonly Cluster<T>[], { visible, fontFamily }: { visible: boolean; fontFamily: string }) {
  return new TextLayer<Cluster<T>>({
    id,
    data: clusters,
    visible,
    getPosition: (d) => [d.lon, d.lat],
    getText: (d) => String(d.members.length),
    // Single points carry no number.
    getSize: (d) => (d.members.length > 1 ? 12 : 0),
    getColor: [11, 18, 32],
    sizeUnits: "pixels",
    fontFamily,
    fontWeight: 700,
    characterSet: "0123456789",
    getTextAnchor: "middle",
    getAlignmentBaseline: "center",
  });
}
