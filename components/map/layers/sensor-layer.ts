import { ScatterplotLayer } from "@deck.gl/layers";
import { sensorColor, type SensorReading } from "../sensor-symbology";

export interface SensorPoint extends SensorReading {
  lon: number;
  lat: number;
}

const OUTLINE: [number, number, number] = [15, 23, 42];

/** Sensors: a dot coloured by its latest reading (AQI band, flood stage) or kind. */
export function createSensorLayer<T extends SensorPoint>(data: readonly T[], { visible }: { visible: boolean }) {
  return new ScatterplotLayer<T>({
    id: "sensors",
    data,
    visible,
    pickable: true,
    getPosition: (d) => [d.lon, d.lat],
    getFillColor: (d) => [...sensorColor(d), 235],
    getLineColor: OUTLINE,
    getRadius: 4,
    radiusUnits: "pixels",
    stroked: true,
    lineWidthUnits: "pixels",
    getLineWidth: 1.5,
  });
}
