import type { PickingInfo } from "@deck.gl/core";
import type { Cluster } from "@/components/map/cluster-points";
import type { DensityCell } from "@/components/map/layers/incident-density-layer";
import type { WardFeature } from "@/components/map/layers/ward-choropleth-layer";
import { formatPlaceName } from "@/components/map/place-name";
import type { VehicleStore } from "@/components/map/vehicle-store";
import { ALERT_SEVERITY_LABELS } from "@/lib/domain/alerts";
import { INCIDENT_TYPE_LABELS } from "@/lib/domain/incidents";
import { DENSITY_WINDOW_LABELS, WARD_METRIC_LABELS, type DensityWindow, type WardMetric } from "@/lib/domain/map";
import { SENSOR_KIND_INFO } from "@/lib/domain/sensors";
import { UNIT_STATUS_LABELS, UNIT_TYPE_LABELS } from "@/lib/domain/units";
import type { AlertAreaRow, IncidentRow, SensorRow, UnitRow, WorkOrderRow } from "./operating-queries";
import { describeVehicle } from "./vehicle-description";
import { describeReading } from "./sensor-reading";

export interface TooltipContext {
  vehicles: Pick<VehicleStore, "reportAt">;
  routeNames: ReadonlyMap<string, string>;
  wardValues: ReadonlyMap<string, number>;
  wardMetric: WardMetric;
  densityWindow: DensityWindow;
}

/** Hover text for a map object: what it is and its state, in one to three lines. */
export function describeMapObject({ layer, object, index }: PickingInfo, context: TooltipContext): string | null {
  if (!layer || (!object && layer.id !== "matatus")) return null;
  switch (layer.id) {
    case "incidents": {
      const incident = object as IncidentRow;
      return `P${incident.priority} ${INCIDENT_TYPE_LABELS[incident.type]}\n${incident.title}`;
    }
    case "units": {
      const unit = object as UnitRow;
      return `${unit.callsign} · ${UNIT_TYPE_LABELS[unit.type]}\n${UNIT_STATUS_LABELS[unit.status]}`;
    }
    case "matatus": {
      const report = context.vehicles.reportAt(index);
      return report ? describeVehicle(report, context.routeNames) : null;
    }
    case "sensors": {
      const sensor = object as SensorRow;
      return `${sensor.name}\n${SENSOR_KIND_INFO[sensor.kind].label}: ${describeReading(sensor)}`;
    }
    case "road-speeds":
      return `${(object as { name: string | null }).name ?? "Road"}\nTraffic speed sensor: click for the reading`;
    case "alert-areas": {
      const alert = (object as { properties: AlertAreaRow }).properties;
      return `${ALERT_SEVERITY_LABELS[alert.severity]} alert\n${alert.title}${alert.areaDesc ? `\n${alert.areaDesc}` : ""}`;
    }
    case "service-requests":
      return describeRequests(object as Cluster<WorkOrderRow>);
    case "ward-choropleth": {
      const ward = (object as WardFeature).properties;
      const value = context.wardValues.get(ward.code);
      return `${formatPlaceName(ward.name)}\n${WARD_METRIC_LABELS[context.wardMetric]}: ${value === undefined ? "none" : value.toLocaleString("en", { maximumFractionDigits: 1 })}`;
    }
    case "incident-density": {
      const cell = object as DensityCell;
      return `${cell.count.toLocaleString("en")} incident${cell.count === 1 ? "" : "s"} here\n${DENSITY_WINDOW_LABELS[context.densityWindow]}`;
    }
    default:
      return null;
  }
}

function describeRequests({ members }: Cluster<WorkOrderRow>): string {
  if (members.length > 1) return `${members.length} open service requests\nClick to zoom in`;
  const request = members[0]!;
  return `${request.serviceName ?? request.serviceCode}\n${request.address ?? request.description ?? "Open service request"}`;
}
