"use client";

import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useTRPC } from "@/lib/trpc/client";
import type { FreshnessInputs } from "./layer-freshness-inputs";
import { liveUpTo } from "./live-health";
import { operatingQueries, type SensorRow } from "./operating-queries";
import type { OperatingView } from "./operating-view";
import { useLiveChanges } from "./use-live-changes";
import { useUnitRoutes } from "./use-unit-routes";
import { useVehicleStore } from "./use-vehicle-store";

const NONE: never[] = [];

const newestReading = (sensors: readonly SensorRow[]) =>
  sensors.reduce<number | null>((newest, sensor) => (sensor.latestAt && (newest === null || sensor.latestAt.getTime() > newest) ? sensor.latestAt.getTime() : newest), null);

/**
 * Everything the operating picture draws, loaded, kept live and polled. Layers that are off and
 * need a query of their own (history, ward shading, service requests) do not load at all.
 */
export function useOperatingData(view: OperatingView, nowMs: number) {
  const trpc = useTRPC();
  const queries = operatingQueries(trpc);
  // The cursor is read before the lists, so the stream that starts from it misses nothing they missed.
  const cursor = useQuery({ ...trpc.live.cursor.queryOptions(), staleTime: Infinity, gcTime: 0 });
  const afterCursor = cursor.isSuccess;
  const incidents = useQuery({ ...queries.activeIncidents, enabled: afterCursor });
  const units = useQuery({ ...queries.units, enabled: afterCursor });
  const sensors = useQuery({ ...queries.sensors, enabled: afterCursor });
  const alertAreas = useQuery({ ...queries.alertAreas, enabled: afterCursor });
  const vehicleList = useQuery({ ...queries.vehicles, enabled: afterCursor });
  const workOrders = useQuery({ ...queries.workOrders, enabled: view.layers.requests });
  const trafficRoads = useQuery(queries.trafficRoads);
  const wards = useQuery(queries.wards);
  const routes = useQuery(queries.routes);
  const wardMetrics = useQuery({ ...queries.wardMetrics(view.wardMetric), enabled: view.layers.wards });
  const density = useQuery({ ...queries.density(view.densityWindow), enabled: view.layers.density });

  const vehicles = useVehicleStore(vehicleList.data, view.matatuColor);
  const listsLoaded = [incidents, units, sensors, alertAreas, vehicleList].every((query) => query.isSuccess);
  const live = useLiveChanges({ cursor: cursor.data, listsLoaded, vehicles });

  const unitRows = units.data ?? NONE;
  const routedPaths = useUnitRoutes(unitRows, view.layers.units);
  const sensorRows = sensors.data ?? NONE;
  const routeNames = useMemo(() => new Map((routes.data ?? NONE).map((r) => [r.id, [r.shortName, r.longName].filter(Boolean).join(" ")])), [routes.data]);
  const wardValues = useMemo(() => new Map((wardMetrics.data ?? NONE).map(({ wardCode, value }) => [wardCode, value])), [wardMetrics.data]);
  const newestSensorReadingMs = useMemo(() => newestReading(sensorRows), [sensorRows]);
  const newestTrafficReadingMs = useMemo(() => newestReading(sensorRows.filter((s) => s.kind === "traffic_speed")), [sensorRows]);

  const freshness: FreshnessInputs = {
    liveUpToMs: liveUpTo(live, nowMs),
    newestSensorReadingMs,
    newestTrafficReadingMs,
    newestVehicleReportMs: vehicles.newestReportMs,
    workOrdersFetchedMs: workOrders.dataUpdatedAt || null,
    wardMetricsFetchedMs: wardMetrics.dataUpdatedAt || null,
    densityFetchedMs: density.dataUpdatedAt || null,
  };

  return {
    incidents,
    live,
    freshness,
    layers: {
      incidents: incidents.data?.items ?? NONE,
      units: unitRows,
      routedPaths,
      sensors: sensorRows,
      alertAreas: alertAreas.data ?? NONE,
      workOrders: workOrders.data ?? NONE,
      trafficRoads: trafficRoads.data ?? NONE,
      wards: wards.data ?? NONE,
      wardValues,
      routeNames,
      density: density.data,
      vehicles,
    },
  };
}

export type OperatingData = ReturnType<typeof useOperatingData>;
export type OperatingLayerData = OperatingData["layers"];
