"use client";

import { X } from "lucide-react";
import { useEffect, type ReactNode } from "react";
import { INCIDENT_TYPE_LABELS } from "@/lib/domain/incidents";
import { SENSOR_KIND_INFO } from "@/lib/domain/sensors";
import { UNIT_TYPE_LABELS } from "@/lib/domain/units";
import { AlertDetails } from "./details/alert-details";
import { IncidentDetails } from "./details/incident-details";
import { MatatuDetails } from "./details/matatu-details";
import { RequestDetails } from "./details/request-details";
import { SensorDetails } from "./details/sensor-details";
import { UnitDetails } from "./details/unit-details";
import { findEntity, type SelectedEntity } from "./entity-lookup";
import type { Selection } from "./operating-view";
import type { OperatingLayerData } from "./use-operating-data";
import { routeLabel } from "./vehicle-description";

/** The drawer's width in pixels; the map keeps what it shows clear of it. */
export const DRAWER_WIDTH_PX = 360;

const KIND_LABELS: Record<Selection["kind"], string> = {
  incident: "Incident",
  unit: "Unit",
  matatu: "Matatu",
  sensor: "Sensor",
  alert: "Alert",
  request: "Service request",
};

interface EntityDrawerProps {
  selection: Selection;
  data: OperatingLayerData;
  wardNames: ReadonlyMap<string, string>;
  now: Date;
  onSelect: (selection: Selection | null) => void;
}

/** The selected thing's live state, recent history and links, beside the map. Escape closes it. */
export function EntityDrawer({ selection, data, wardNames, now, onSelect }: EntityDrawerProps) {
  const entity = findEntity(selection, data);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === "Escape" && onSelect(null);
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onSelect]);
  return (
    <aside
      aria-label={`${KIND_LABELS[selection.kind]} details`}
      style={{ width: DRAWER_WIDTH_PX }}
      className="bg-card text-card-foreground absolute top-3 right-3 bottom-3 z-10 flex flex-col overflow-hidden rounded-xl border shadow-2xl backdrop-blur"
    >
      <header className="flex items-start gap-2 border-b px-4 py-3">
        <div className="min-w-0 flex-1">
          <p className="text-muted-foreground text-xs">{entity ? subtitle(entity, data.routeNames) : KIND_LABELS[selection.kind]}</p>
          <h2 className="text-base leading-tight font-semibold break-words">{entity ? title(entity) : "Not on the map now"}</h2>
        </div>
        <button type="button" aria-label="Close details" onClick={() => onSelect(null)} className="hover:bg-muted focus-visible:ring-ring rounded-md p-1 outline-none focus-visible:ring-2">
          <X aria-hidden className="size-4" />
        </button>
      </header>
      <div className="min-h-0 flex-1 overflow-y-auto px-4 py-3">
        {entity ? details(entity, { data, wardNames, now, onSelect }) : <p className="text-muted-foreground text-sm">It may have been closed or resolved, or it is outside what your agency can see.</p>}
      </div>
    </aside>
  );
}

function title(entity: SelectedEntity): string {
  switch (entity.kind) {
    case "incident":
      return entity.row.title;
    case "unit":
      return entity.row.callsign;
    case "matatu":
      return `Matatu ${entity.row.id}`;
    case "sensor":
      return entity.row.name;
    case "alert":
      return entity.row.title;
    case "request":
      return entity.row.serviceName ?? entity.row.serviceCode;
  }
}

function subtitle(entity: SelectedEntity, routeNames: ReadonlyMap<string, string>): string {
  switch (entity.kind) {
    case "incident":
      return `Incident · P${entity.row.priority} ${INCIDENT_TYPE_LABELS[entity.row.type]}`;
    case "unit":
      return `Unit · ${UNIT_TYPE_LABELS[entity.row.type]}`;
    case "matatu":
      return routeLabel(entity.row.routeId, routeNames);
    case "sensor":
      return `Sensor · ${SENSOR_KIND_INFO[entity.row.kind].label}`;
    case "alert":
      return "Alert";
    case "request":
      return "Open311 service request";
  }
}

type DetailContext = Omit<EntityDrawerProps, "selection">;

function details(entity: SelectedEntity, { data, wardNames, now, onSelect }: DetailContext): ReactNode {
  const wardName = (code: string | null) => (code ? wardNames.get(code) : undefined);
  switch (entity.kind) {
    case "incident":
      return <IncidentDetails incident={entity.row} units={data.units} wardName={wardName(entity.row.wardCode)} now={now} onSelect={onSelect} />;
    case "unit":
      return <UnitDetails unit={entity.row} incidents={data.incidents} now={now} onSelect={onSelect} />;
    case "matatu":
      return <MatatuDetails report={entity.row} routeNames={data.routeNames} now={now} />;
    case "sensor":
      return <SensorDetails sensor={entity.row} wardName={wardName(entity.row.wardCode)} now={now} />;
    case "alert":
      return <AlertDetails alert={entity.row} now={now} />;
    case "request":
      return <RequestDetails request={entity.row} wardName={wardName(entity.row.wardCode)} now={now} />;
  }
}
