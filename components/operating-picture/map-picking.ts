import type { PickingInfo } from "@deck.gl/core";
import type { Cluster } from "@/components/map/cluster-points";
import type { MapFocus } from "@/components/map/map-view";
import type { VehicleStore } from "@/components/map/vehicle-store";
import type { Selection } from "./operating-view";

/** What a click on the map asks for: select a thing, or look closer at a cluster of them. */
export type PickAction = { select: Selection | null } | { zoomTo: MapFocus };

/** Zooming two steps into a cluster splits it (clusters are cells of a fixed screen size). */
const CLUSTER_ZOOM_STEP = 2;

/** Layer ids whose objects carry their own id, and the kind of thing each draws. */
const KIND_BY_LAYER = { incidents: "incident", units: "unit", sensors: "sensor" } as const;

export function pickAction({ layer, object, index }: PickingInfo, vehicles: Pick<VehicleStore, "reportAt">, zoom: number): PickAction {
  if (!layer) return { select: null };
  if (layer.id in KIND_BY_LAYER) return { select: { kind: KIND_BY_LAYER[layer.id as keyof typeof KIND_BY_LAYER], id: (object as { id: string }).id } };
  switch (layer.id) {
    case "matatus": {
      // Binary data: deck.gl picks an index, not an object.
      const report = vehicles.reportAt(index);
      return { select: report ? { kind: "matatu", id: report.id } : null };
    }
    case "road-speeds":
      return { select: { kind: "sensor", id: (object as { sensorId: string }).sensorId } };
    case "alert-areas":
      return { select: { kind: "alert", id: (object as { properties: { id: string } }).properties.id } };
    case "service-requests": {
      const cluster = object as Cluster<{ id: string }>;
      if (cluster.members.length === 1) return { select: { kind: "request", id: cluster.members[0]!.id } };
      return { zoomTo: { lon: cluster.lon, lat: cluster.lat, zoom: Math.floor(zoom) + CLUSTER_ZOOM_STEP } };
    }
    default:
      // Area shadings (wards, history) explain themselves on hover and select nothing.
      return { select: null };
  }
}
