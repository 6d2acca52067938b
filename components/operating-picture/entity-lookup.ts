import { geometryCenter } from "@/lib/geo/geometry-center";
import type { Geometry } from "geojson";
import type { VehicleReport, VehicleStore } from "@/components/map/vehicle-store";
import type { OperatingLayerData } from "./use-operating-data";
import type { AlertAreaRow, IncidentRow, SensorRow, UnitRow, WorkOrderRow } from "./operating-queries";
import type { Selection } from "./operating-view";

export type SelectedEntity =
  | { kind: "incident"; row: IncidentRow }
  | { kind: "unit"; row: UnitRow }
  | { kind: "matatu"; row: VehicleReport }
  | { kind: "sensor"; row: SensorRow }
  | { kind: "alert"; row: AlertAreaRow }
  | { kind: "request"; row: WorkOrderRow };

type LookupData = Pick<OperatingLayerData, "incidents" | "units" | "sensors" | "alertAreas" | "workOrders"> & { vehicles: Pick<VehicleStore, "get"> };

const byId = <T extends { id: string }>(rows: readonly T[], id: string) => rows.find((row) => row.id === id);

/** The live record a selection points at, or null while it is not (or no longer) on the map. */
export function findEntity(selection: Selection, data: LookupData): SelectedEntity | null {
  const { kind, id } = selection;
  const found = (row: unknown) => (row === undefined ? null : ({ kind, row } as SelectedEntity));
  switch (kind) {
    case "incident":
      return found(byId(data.incidents, id));
    case "unit":
      return found(byId(data.units, id));
    case "matatu":
      return found(data.vehicles.get(id));
    case "sensor":
      return found(byId(data.sensors, id));
    case "alert":
      return found(byId(data.alertAreas, id));
    case "request":
      return found(byId(data.workOrders, id));
  }
}

/** Where the entity is drawn: its point, or for an alert the middle of its area's bounding box. */
export function entityPosition(entity: SelectedEntity): [number, number] | null {
  if (entity.kind !== "alert") return [entity.row.lon, entity.row.lat];
  return entity.row.area ? boundingBoxCentre(entity.row.area) : null;
}

function boundingBoxCentre(geometry: Geometry): [number, number] | null {
  const centre = geometryCenter(geometry);
  return centre && [centre.lon, centre.lat];
}
