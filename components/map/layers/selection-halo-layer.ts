import { ScatterplotLayer } from "@deck.gl/layers";

type LonLat = readonly [number, number];

/** A white ring around whatever is selected (none or one position), the same for every kind of thing on the map. */
export function createSelectionHaloLayer(data: readonly LonLat[]) {
  return new ScatterplotLayer<LonLat>({
    id: "selection-halo",
    data,
    visible: data.length > 0,
    getPosition: (d) => [d[0], d[1]],
    getRadius: 20,
    radiusUnits: "pixels",
    filled: true,
    getFillColor: [255, 255, 255, 40],
    stroked: true,
    getLineColor: [255, 255, 255, 235],
    getLineWidth: 2.5,
    lineWidthUnits: "pixels",
  });
}
