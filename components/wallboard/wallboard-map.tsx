"use client";

import { createIncidentLayer, type IncidentPoint } from "@/components/map/layers/incident-layer";
import { createSensorLayer, type SensorPoint } from "@/components/map/layers/sensor-layer";
import { createUnitLayer, type UnitPoint } from "@/components/map/layers/unit-layer";
import MapView from "@/components/map/map-view";
import { useMemo } from "react";

const NAIROBI_CENTER: [number, number] = [36.85, -1.29];
/** The whole county fills a 1080-pixel-high map at this zoom; a taller screen zooms in to show the same area. */
const CITY_ZOOM_AT_1080 = 10.9;
/** Close enough to read the streets around an interrupt, far enough to place it in the city. */
const INTERRUPT_ZOOM = 14;

export interface WallboardMapProps {
  label: string;
  incidents: readonly IncidentPoint[];
  units: readonly UnitPoint[];
  sensors: readonly SensorPoint[];
  /** An interrupt's place: the map opens on it and marks it large. */
  focus?: { id: string; lon: number; lat: number } | null;
  /** Sensors judged quiet against this; a minute's precision is plenty. */
  nowMs: number;
}

/**
 * The operating picture's base map and layer factories, composed for a wall: the whole city for
 * the overview panel, or one place, up close, for a priority interrupt.
 */
export default function WallboardMap({ label, incidents, units, sensors, focus = null, nowMs }: WallboardMapProps) {
  const layers = useMemo(() => {
    const sensorOptions = { visible: true, nowMs };
    return [
      createSensorLayer(sensors, sensorOptions),
      createUnitLayer(units, { visible: true }),
      createIncidentLayer(incidents, { visible: true, selectedId: focus?.id ?? null }),
    ];
  }, [incidents, units, sensors, focus, nowMs]);
  const screenScale = Math.log2(window.innerHeight / 1080);
  const initialView = focus
    ? { center: [focus.lon, focus.lat] as [number, number], zoom: INTERRUPT_ZOOM + screenScale }
    : { center: NAIROBI_CENTER, zoom: CITY_ZOOM_AT_1080 + screenScale };
  return <MapView label={label} initialView={initialView} layers={layers} focus={focus} />;
}
