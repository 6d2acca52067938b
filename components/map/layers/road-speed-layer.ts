import { PathLayer } from "@deck.gl/layers";
import type { Rgb } from "../rgb";

export interface RoadSpeed {
  sensorId: string;
  name: string | null;
  path: { coordinates: number[][] };
  /** The band of the sensor's latest speed against the limit, or "no reading". */
  color: Rgb;
}

/** Roads where a traffic-speed sensor reports, coloured from free flow (green) to jammed (dark red). */
export function createRoadSpeedLayer(data: readonly RoadSpeed[], { visible }: { visible: boolean }) {
  return new PathLayer<RoadSpeed>({
    id: "road-speeds",
    data,
    visible,
    pickable: true,
    getPath: (d) => d.path.coordinates as [number, number][],
    getColor: (d) => [...d.color, 230],
    getWidth: 7,
    widthUnits: "pixels",
    widthMinPixels: 3,
    capRounded: true,
    jointRounded: true,
  });
}
