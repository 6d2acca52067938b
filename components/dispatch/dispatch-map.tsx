"use client";

import type { PickingInfo } from "@deck.gl/core";
import { GeistSans } from "geist/font/sans";
import { useCallback, useMemo, useState } from "react";
import { createIncidentLayer } from "@/components/map/layers/incident-layer";
import { createLabelLayer } from "@/components/map/layers/label-layer";
import { createSelectionHaloLayer } from "@/components/map/layers/selection-halo-layer";
import { createUnitLayer } from "@/components/map/layers/unit-layer";
import { createUnitRouteLayer, type UnitRoute } from "@/components/map/layers/unit-route-layer";
import MapView, { type MapFocus, type MapViewState } from "@/components/map/map-view";
import { useBasemapLabels } from "@/components/map/use-basemap-labels";
import { useFontReady } from "@/components/map/use-font-ready";
import type { IncidentRow, UnitRow } from "./dispatch-queries";

const NAIROBI: MapViewState = { center: [36.82, -1.29], zoom: 11.5 };

export interface DispatchMapProps {
  incidents: readonly IncidentRow[];
  units: readonly UnitRow[];
  selectedId: string | null;
  /** Routes of the recommended units to the selected incident. */
  routes: readonly UnitRoute[];
  /** The point the call being taken is placed at, ringed. */
  marker: readonly [number, number] | null;
  focus: MapFocus | null;
  /** A click on an incident selects it; anywhere else places the call being taken. */
  onPickIncident: (id: string) => void;
  onPickPoint: (lon: number, lat: number) => void;
}

/** The dispatcher's map: road and place labels, units, recommended routes, incidents on top. */
export default function DispatchMap({ incidents, units, selectedId, routes, marker, focus, onPickIncident, onPickPoint }: DispatchMapProps) {
  const labels = useBasemapLabels().data;
  const fontFamily = GeistSans.style.fontFamily;
  const fontReady = useFontReady(fontFamily);
  const [zoom, setZoom] = useState(NAIROBI.zoom);
  const halo = useMemo(() => (marker ? [marker] : []), [marker]);

  const layers = useMemo(() => {
    const labelOptions = { visible: true, fontFamily, zoom };
    return [
      ...(labels && fontReady
        ? [createLabelLayer("ward", labels.ward, labelOptions), createLabelLayer("road", labels.road, labelOptions), createLabelLayer("hospital", labels.hospital, labelOptions)]
        : []),
      createUnitRouteLayer(routes, { visible: true }),
      createUnitLayer(units, { visible: true }),
      createSelectionHaloLayer(halo),
      createIncidentLayer(incidents, { visible: true, selectedId }),
    ];
  }, [labels, fontReady, fontFamily, zoom, routes, units, halo, incidents, selectedId]);

  const onClick = useCallback(
    (info: PickingInfo) => {
      if (info.layer?.id === "incidents" && info.object) onPickIncident((info.object as IncidentRow).id);
      else if (info.coordinate) onPickPoint(info.coordinate[0]!, info.coordinate[1]!);
    },
    [onPickIncident, onPickPoint],
  );

  return <MapView label="Dispatch map" initialView={NAIROBI} layers={layers} focus={focus} onZoomEnd={setZoom} onClick={onClick} />;
}
