import { sensorBand } from "@/components/map/sensor-symbology";
import { pm25Aqi } from "@/lib/domain/air-quality-index";
import type { SensorKind } from "@/lib/domain/sensors";

interface SensorValue {
  kind: SensorKind;
  latestValue: number | null;
  config: Parameters<typeof sensorBand>[0]["config"];
}

/** SenML units as people write them. */
const UNIT_TEXT: Partial<Record<string, string>> = { "ug/m3": "µg/m³", "%": "%", "/": "" };

/** A value with its unit: "41.2 µg/m³", "78 dB", "63 % lit". */
export function formatValue(kind: SensorKind, value: number, unit: string): string {
  if (kind === "streetlight_circuit") return `${Math.round(value * 100)} % of lamps lit`;
  const digits = Math.abs(value) >= 100 ? 0 : 1;
  const text = UNIT_TEXT[unit] ?? unit;
  return `${value.toFixed(digits)}${text === "%" ? " %" : text ? ` ${text}` : ""}`;
}

/** The latest reading and what it means on the kind's scale: "41.2 µg/m³ · AQI 115, Unhealthy for sensitive groups". */
export function describeReading(sensor: SensorValue & { unit: string }): string {
  const band = sensorBand(sensor);
  if (sensor.latestValue === null) return band.name;
  const value = formatValue(sensor.kind, sensor.latestValue, sensor.unit);
  if (sensor.kind === "air_quality") return `${value} · AQI ${pm25Aqi(sensor.latestValue).aqi}, ${band.name}`;
  return sensor.kind === "traffic_count" ? value : `${value} · ${band.name}`;
}
