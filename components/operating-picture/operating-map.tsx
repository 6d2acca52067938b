"use client";

import type { PickingInfo } from "@deck.gl/core";
import { GeistSans } from "geist/font/sans";
import { useCallback, useMemo, useState } from "react";
import { clusterPoints } from "@/components/map/cluster-points";
import { createAlertAreaLayer, alertFeatures } from "@/components/map/layers/alert-area-layer";
import { createClusterCountLayer } from "@/components/map/layers/cluster-count-layer";
import { createIncidentDensityLayer } from "@/components/map/layers/incident-density-layer";
import { createIncidentLayer } from "@/components/map/layers/incident-layer";
import { createIncidentPulseLayer } from "@/components/map/layers/incident-pulse-layer";
import { createLabelLayer } from "@/components/map/layers/label-layer";
import { createMatatuLayer } from "@/components/map/layers/matatu-layer";
import { createRoadSpeedLayer } from "@/components/map/layers/road-speed-layer";
import { createSelectionHaloLayer } from "@/components/map/layers/selection-halo-layer";
import { createSensorLayer } from "@/components/map/layers/sensor-layer";
import { createServiceRequestLayer } from "@/components/map/layers/service-request-layer";
import { createUnitHeadingLayer } from "@/components/map/layers/unit-heading-layer";
import { createUnitLayer } from "@/components/map/layers/unit-layer";
import { createUnitRouteLayer } from "@/components/map/layers/unit-route-layer";
import { createWardChoroplethLayer, wardFeatures } from "@/components/map/layers/ward-choropleth-layer";
import MapView, { type MapFocus, type MapViewport, type MapViewState } from "@/components/map/map-view";
import { useBasemapLabels } from "@/components/map/use-basemap-labels";
import { useFontReady } from "@/components/map/use-font-ready";
import { entityPosition, findEntity } from "./entity-lookup";
import { roadSpeeds, unitRoutes, unitsWithHeading } from "./map-derivations";
import { pickAction } from "./map-picking";
import { describeMapObject } from "./map-tooltip";
import { viewportFromHash, type OperatingView, type Selection } from "./operating-view";
import type { OperatingLayerData } from "./use-operating-data";
import { usePulsePhase } from "./use-pulse-phase";

const NAIROBI: MapViewState = { center: [36.82, -1.29], zoom: 11 };
const NO_CELLS: never[] = [];

export interface OperatingMapProps {
  data: OperatingLayerData;
  view: OperatingView;
  focus: MapFocus | null;
  /** Screen space the panels cover, left and right. */
  padding: { left: number; right: number };
  /** The clock sensors are judged quiet against (ticks every few seconds). */
  nowMs: number;
  onSelect: (selection: Selection | null) => void;
  onZoomTo: (focus: MapFocus) => void;
  onMoveEnd: (viewport: MapViewport) => void;
}

/** Where a shared link said to look (#map=zoom/lat/lon), else the whole city. */
function initialViewFromUrl(): MapViewState {
  const viewport = viewportFromHash(window.location.hash);
  return viewport ? { center: [viewport.lon, viewport.lat], zoom: viewport.zoom } : NAIROBI;
}

/** The operating picture's map: area shadings at the bottom, then lines, labels, points, and incidents on top. */
export default function OperatingMap({ data, view, focus, padding, nowMs, onSelect, onZoomTo, onMoveEnd }: OperatingMapProps) {
  // This component only renders in the browser (next/dynamic, ssr: false), so the URL is there to read.
  const [initialView] = useState(initialViewFromUrl);
  const labels = useBasemapLabels().data;
  const fontFamily = GeistSans.style.fontFamily;
  const fontReady = useFontReady(fontFamily);
  const [zoom, setZoom] = useState(initialView.zoom);
  const { layers: on, selection } = view;
  const { incidents, units, sensors, vehicles } = data;

  const pulsing = useMemo(() => incidents.filter((incident) => incident.priority === 1 && incident.status === "new"), [incidents]);
  const phase = usePulsePhase(on.incidents && pulsing.length > 0);
  const routes = useMemo(() => unitRoutes(units, incidents, data.routedPaths), [units, incidents, data.routedPaths]);
  const headings = useMemo(() => unitsWithHeading(units), [units]);
  const speeds = useMemo(() => roadSpeeds(data.trafficRoads, sensors), [data.trafficRoads, sensors]);
  const alerts = useMemo(() => alertFeatures(data.alertAreas), [data.alertAreas]);
  const wards = useMemo(() => wardFeatures(data.wards), [data.wards]);
  const clusterZoom = Math.floor(zoom);
  const requests = useMemo(() => clusterPoints(data.workOrders, clusterZoom), [data.workOrders, clusterZoom]);
  const selected = selection && findEntity(selection, data);
  const [haloLon, haloLat] = (selected && entityPosition(selected)) ?? [];
  const halo = useMemo(() => (haloLon === undefined || haloLat === undefined ? [] : [[haloLon, haloLat] as const]), [haloLon, haloLat]);

  const layers = useMemo(() => {
    const labelOptions = { visible: on.labels, fontFamily, zoom };
    // Text layers wait for the font: deck.gl builds its glyph atlas once, on creation.
    const textReady = labels && fontReady;
    return [
      createWardChoroplethLayer(wards, { visible: on.wards, metric: view.wardMetric, values: data.wardValues }),
      createIncidentDensityLayer(data.density?.cells ?? NO_CELLS, { visible: on.density }),
      createAlertAreaLayer(alerts, { visible: on.alerts }),
      createRoadSpeedLayer(speeds, { visible: on.traffic }),
      ...(textReady
        ? [
            createLabelLayer("ward", labels.ward, labelOptions),
            createLabelLayer("road", labels.road, labelOptions),
            createLabelLayer("hospital", labels.hospital, labelOptions),
          ]
        : []),
      createServiceRequestLayer(requests, { visible: on.requests }),
      ...(fontReady ? [createClusterCountLayer("service-request-counts", requests, { visible: on.requests, fontFamily })] : []),
      createSensorLayer(sensors, { visible: on.sensors, nowMs }),
      createMatatuLayer(vehicles.data, { visible: on.matatus }),
      createUnitRouteLayer(routes, { visible: on.units }),
      createUnitHeadingLayer(headings, { visible: on.units }),
      createUnitLayer(units, { visible: on.units }),
      createSelectionHaloLayer(halo),
      createIncidentPulseLayer(pulsing, { visible: on.incidents, phase }),
      createIncidentLayer(incidents, { visible: on.incidents, selectedId: selection?.kind === "incident" ? selection.id : null }),
    ];
    // vehicles.data is a new object exactly when the typed arrays change; the store re-renders this component then.
  }, [labels, fontReady, fontFamily, zoom, on, wards, view.wardMetric, data.wardValues, data.density, alerts, speeds, requests, sensors, nowMs, vehicles.data, routes, headings, units, halo, pulsing, phase, incidents, selection]);

  const tooltipContext = useMemo(
    () => ({ vehicles, routeNames: data.routeNames, wardValues: data.wardValues, wardMetric: view.wardMetric, densityWindow: view.densityWindow }),
    [vehicles, data.routeNames, data.wardValues, view.wardMetric, view.densityWindow],
  );
  const getTooltip = useCallback((info: PickingInfo) => describeMapObject(info, tooltipContext), [tooltipContext]);
  const onClick = useCallback(
    (info: PickingInfo) => {
      const action = pickAction(info, vehicles, zoom);
      if ("zoomTo" in action) onZoomTo(action.zoomTo);
      else onSelect(action.select);
    },
    [vehicles, zoom, onSelect, onZoomTo],
  );

  return (
    <MapView
      label="Map of Nairobi"
      initialView={initialView}
      onMoveEnd={onMoveEnd}
      layers={layers}
      focus={focus}
      padding={padding}
      onZoomEnd={setZoom}
      getTooltip={getTooltip}
      onClick={onClick}
    />
  );
}
