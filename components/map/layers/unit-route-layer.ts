import { PathLayer } from "@deck.gl/layers";
import type { Rgb } from "../rgb";

export interface UnitRoute {
  unitId: string;
  /** [lon, lat] from the unit to its incident: the routed path, or a straight line. */
  path: [number, number][];
  color: Rgb;
}

/** Each committed unit's way to its incident, in the unit's status colour, under the icons. */
export function createUnitRouteLayer(data: readonly UnitRoute[], { visible }: { visible: boolean }) {
  return new PathLayer<UnitRoute>({
    id: "unit-routes",
    data,
    visible,
    getPath: (d) => d.path,
    getColor: (d) => [...d.color, 200],
    getWidth: 3,
    widthUnits: "pixels",
    capRounded: true,
    jointRounded: true,
  });
}
