import { SolidPolygonLayer } from "@deck.gl/layers";
import { densityColor } from "../density-ramp";

export interface DensityCell {
  h3: string;
  count: number;
  polygon: [number, number][];
}

/** Historic incidents per H3 hexagon (aggregated on the server), from light yellow to deep red. */
export function createIncidentDensityLayer(cells: readonly DensityCell[], { visible }: { visible: boolean }) {
  const max = cells.reduce((most, cell) => Math.max(most, cell.count), 0);
  return new SolidPolygonLayer<DensityCell>({
    id: "incident-density",
    data: cells,
    visible,
    pickable: true,
    getPolygon: (d) => d.polygon,
    getFillColor: (d) => [...densityColor(d.count, max), 150],
  });
}
