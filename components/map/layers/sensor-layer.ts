import { ScatterplotLayer } from "@deck.gl/layers";
import { isQuietSensor } from "../sensor-freshness";
import { sensorBand, type SensorReading } from "../sensor-symbology";

export interface SensorPoint extends SensorReading {
  lon: number;
  lat: number;
  latestAt: Date | null;
  cadenceS: number;
}

export interface SensorLayerOptions {
  visible: boolean;
  /** The time sensors are judged quiet against; pass a value that changes every few seconds, not every frame. */
  nowMs: number;
}

const OUTLINE: [number, number, number] = [15, 23, 42];
const ALARM_RING: [number, number, number] = [255, 255, 255];
const QUIET_ALPHA = 90;

/**
 * Sensors: a dot in the colour of its reading's band on the kind's standard scale. Alarms (a
 * failed light circuit, a full bin, a river in flood) are larger with a white ring; sensors
 * that have gone quiet fade, so an old colour is not taken for a current one.
 */
export function createSensorLayer<T extends SensorPoint>(data: readonly T[], { visible, nowMs }: SensorLayerOptions) {
  const isAlarm = (d: T) => Boolean(sensorBand(d).alarm);
  return new ScatterplotLayer<T>({
    id: "sensors",
    data,
    visible,
    pickable: true,
    getPosition: (d) => [d.lon, d.lat],
    getFillColor: (d) => [...sensorBand(d).color, isQuietSensor(d, nowMs) ? QUIET_ALPHA : 235],
    getLineColor: (d) => (isAlarm(d) ? ALARM_RING : OUTLINE),
    getRadius: (d) => (isAlarm(d) ? 7 : 4),
    getLineWidth: (d) => (isAlarm(d) ? 2.5 : 1.5),
    radiusUnits: "pixels",
    stroked: true,
    lineWidthUnits: "pixels",
    updateTriggers: { getFillColor: nowMs },
  });
}
