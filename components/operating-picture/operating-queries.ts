import type { DensityWindow, WardMetric } from "@/lib/domain/map";
import type { useTRPC } from "@/lib/trpc/client";
import type { RouterOutputs } from "@/lib/trpc/router-types";

type Trpc = ReturnType<typeof useTRPC>;

export type ActiveIncidentPage = RouterOutputs["incidents"]["list"];
export type IncidentRow = ActiveIncidentPage["items"][number];
export type UnitRow = RouterOutputs["units"]["list"][number];
export type SensorRow = RouterOutputs["sensors"]["list"][number];
export type AlertAreaRow = RouterOutputs["map"]["alertAreas"][number];
export type WorkOrderRow = RouterOutputs["map"]["workOrders"][number];
export type TrafficRoadRow = RouterOutputs["map"]["trafficRoads"][number];
export type WardRow = RouterOutputs["places"]["wards"][number];

/** More active incidents than this is a city-wide emergency; the panel says the list is cut. */
export const ACTIVE_INCIDENT_LIMIT = 200;

/** Open311 requests come by polling the city's endpoint, so the map polls too (they have no live topic). */
export const WORK_ORDER_POLL_MS = 30_000;
/** Ward figures are aggregates over live tables: recounted every minute. */
export const WARD_METRIC_POLL_MS = 60_000;
/** The historic density changes only as incidents arrive; every five minutes is plenty. */
export const DENSITY_POLL_MS = 5 * 60_000;

/**
 * The lists the operating picture shows. The map, the panel and the live hook all build their
 * options here, so they share one cache entry per list and the live hook patches exactly those.
 */
export function operatingQueries(trpc: Trpc) {
  return {
    activeIncidents: trpc.incidents.list.queryOptions({ active: true, limit: ACTIVE_INCIDENT_LIMIT }),
    units: trpc.units.list.queryOptions({}),
    sensors: trpc.sensors.list.queryOptions({}),
    alertAreas: trpc.map.alertAreas.queryOptions(),
    vehicles: { ...trpc.map.vehicles.queryOptions(), staleTime: Infinity },
    workOrders: { ...trpc.map.workOrders.queryOptions(), refetchInterval: WORK_ORDER_POLL_MS },
    trafficRoads: { ...trpc.map.trafficRoads.queryOptions(), staleTime: Infinity },
    wards: { ...trpc.places.wards.queryOptions(), staleTime: Infinity },
    routes: { ...trpc.transit.routes.queryOptions(), staleTime: Infinity },
    wardMetrics: (metric: WardMetric) => ({ ...trpc.map.wardMetrics.queryOptions({ metric }), refetchInterval: WARD_METRIC_POLL_MS }),
    density: (window: DensityWindow) => ({ ...trpc.map.incidentDensity.queryOptions({ window }), refetchInterval: DENSITY_POLL_MS }),
  };
}
