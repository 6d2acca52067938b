import type { PickingInfo } from "@deck.gl/core";
import { pm25Band } from "@/components/map/sensor-symbology";
import { UNIT_STATUS_SYMBOLOGY } from "@/components/map/unit-symbology";
import { INCIDENT_TYPE_LABELS } from "@/lib/domain/incidents";
import { SENSOR_KIND_INFO } from "@/lib/domain/sensors";
import type { IncidentRow, SensorRow, UnitRow } from "./operating-queries";

/** Hover text for a map object: what it is and its state, in one or two lines. */
export function describeMapObject({ layer, object }: PickingInfo): string | null {
  if (!object || !layer) return null;
  switch (layer.id) {
    case "incidents": {
      const incident = object as IncidentRow;
      return `P${incident.priority} ${INCIDENT_TYPE_LABELS[incident.type]}\n${incident.title}`;
    }
    case "units": {
      const unit = object as UnitRow;
      return `${unit.callsign}\n${UNIT_STATUS_SYMBOLOGY[unit.status].label}`;
    }
    case "sensors":
      return describeSensor(object as SensorRow);
    default:
      return null;
  }
}

function describeSensor(sensor: SensorRow): string {
  const { label } = SENSOR_KIND_INFO[sensor.kind];
  if (sensor.latestValue === null) return `${sensor.name}\n${label}: no reading yet`;
  const reading = `${label}: ${sensor.latestValue.toFixed(1)} ${sensor.unit}`;
  return sensor.kind === "air_quality" ? `${sensor.name}\n${reading} (${pm25Band(sensor.latestValue).name})` : `${sensor.name}\n${reading}`;
}
