"use client";

import { GeistSans } from "geist/font/sans";
import { useMemo, useState } from "react";
import { createIncidentLayer } from "@/components/map/layers/incident-layer";
import { createLabelLayer } from "@/components/map/layers/label-layer";
import { createSensorLayer } from "@/components/map/layers/sensor-layer";
import { createUnitLayer } from "@/components/map/layers/unit-layer";
import MapView, { type MapViewState } from "@/components/map/map-view";
import { useBasemapLabels } from "@/components/map/use-basemap-labels";
import { useFontReady } from "@/components/map/use-font-ready";
import type { LayerVisibility } from "./layer-visibility";
import { describeMapObject } from "./map-tooltip";
import type { IncidentRow, SensorRow, UnitRow } from "./operating-queries";

const NAIROBI: MapViewState = { center: [36.82, -1.29], zoom: 11 };
/** The side panel (22rem plus its margin) covers the map's left edge. */
const PANEL_PADDING = { left: 372 };

export interface OperatingMapProps {
  incidents: readonly IncidentRow[];
  units: readonly UnitRow[];
  sensors: readonly SensorRow[];
  visibility: LayerVisibility;
  selectedIncident: { id: string; lon: number; lat: number } | null;
}

/** The operating picture's map: base map, labels, then sensors, units and incidents on top. */
export default function OperatingMap({ incidents, units, sensors, visibility, selectedIncident }: OperatingMapProps) {
  const labels = useBasemapLabels().data;
  const fontFamily = GeistSans.style.fontFamily;
  const fontReady = useFontReady(fontFamily);
  const [zoom, setZoom] = useState(NAIROBI.zoom);
  const selectedId = selectedIncident?.id ?? null;

  const layers = useMemo(() => {
    const labelOptions = { visible: visibility.labels, fontFamily, zoom };
    // Label layers wait for their text and font: deck.gl builds its glyph atlas once, on creation.
    const labelLayers =
      labels && fontReady
        ? [
            createLabelLayer("ward", labels.ward, labelOptions),
            createLabelLayer("road", labels.road, labelOptions),
            createLabelLayer("hospital", labels.hospital, labelOptions),
          ]
        : [];
    return [
      ...labelLayers,
      createSensorLayer(sensors, { visible: visibility.sensors }),
      createUnitLayer(units, { visible: visibility.units }),
      createIncidentLayer(incidents, { visible: visibility.incidents, selectedId }),
    ];
  }, [labels, fontReady, fontFamily, zoom, incidents, units, sensors, visibility, selectedId]);

  return <MapView label="Map of Nairobi" initialView={NAIROBI} layers={layers} focus={selectedIncident} padding={PANEL_PADDING} onZoomEnd={setZoom} getTooltip={describeMapObject} />;
}
