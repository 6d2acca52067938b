"use client";

import "maplibre-gl/dist/maplibre-gl.css";
import type { Layer, PickingInfo } from "@deck.gl/core";
import { MapboxOverlay } from "@deck.gl/mapbox";
import maplibregl from "maplibre-gl";
import { useEffect, useRef, useState } from "react";
import { buildBasemapStyle } from "./basemap-style";

export interface MapViewState {
  center: [lon: number, lat: number];
  zoom: number;
}
/** Flying to an incident brings it at least to street scale. */
const FOCUS_ZOOM = 14;

export interface MapViewProps {
  /** Where the map opens, unless the URL says otherwise (#map=zoom/lat/lon). */
  initialView: MapViewState;
  /** deck.gl layers drawn over the base map, bottom first. */
  layers: readonly Layer[];
  /** The map flies here whenever this object changes. */
  focus: { lon: number; lat: number } | null;
  /** Called with the zoom once the map exists (the URL may set it) and after every zoom. */
  onZoomEnd?: (zoom: number) => void;
  getTooltip?: (info: PickingInfo) => string | null;
  /** Screen space covered by overlaid panels: the view centres on what stays visible. */
  padding?: { top?: number; right?: number; bottom?: number; left?: number };
  label: string;
}

/**
 * The one component that owns the MapLibre map and its deck.gl overlay. Browser-only: load it
 * through next/dynamic with ssr: false.
 */
export default function MapView({ initialView, layers, focus, onZoomEnd, getTooltip, padding, label }: MapViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<maplibregl.Map | null>(null);
  const [overlay, setOverlay] = useState<MapboxOverlay | null>(null);
  const [idle, setIdle] = useState(false);

  useEffect(() => {
    const instance = new maplibregl.Map({
      container: containerRef.current!,
      style: buildBasemapStyle(window.location.origin),
      ...initialView,
      attributionControl: { compact: true },
      // The view lives in the URL (#map=zoom/lat/lon), so a view can be shared or bookmarked.
      hash: "map",
    });
    instance.addControl(new maplibregl.NavigationControl({ visualizePitch: false }), "bottom-right");
    // Not interleaved: deck.gl draws on its own canvas, which software WebGL handles more reliably.
    const deckOverlay = new MapboxOverlay({ interleaved: false, layers: [] });
    instance.addControl(deckOverlay);
    instance.on("idle", () => setIdle(true));
    instance.on("dataloading", () => setIdle(false));
    setMap(instance);
    setOverlay(deckOverlay);
    return () => instance.remove();
    // The map is created once; later view changes come from the user, focus and the URL.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const { top = 0, right = 0, bottom = 0, left = 0 } = padding ?? {};
  useEffect(() => {
    map?.setPadding({ top, right, bottom, left });
  }, [map, top, right, bottom, left]);

  useEffect(() => {
    overlay?.setProps({ layers: [...layers], getTooltip });
  }, [overlay, layers, getTooltip]);

  useEffect(() => {
    if (!map || !onZoomEnd) return;
    const report = () => onZoomEnd(map.getZoom());
    report();
    map.on("zoomend", report);
    return () => {
      map.off("zoomend", report);
    };
  }, [map, onZoomEnd]);

  useEffect(() => {
    if (map && focus) map.flyTo({ center: [focus.lon, focus.lat], zoom: Math.max(map.getZoom(), FOCUS_ZOOM) });
  }, [map, focus]);

  return (
    // MapLibre makes its container position: relative, so the full-screen box is a wrapper.
    <div className="absolute inset-0">
      <div
        ref={containerRef}
        role="region"
        aria-label={label}
        className="h-full w-full"
        // Mirrors what deck.gl draws and whether MapLibre has finished loading, for tests and tools.
        data-visible-layers={visibleLayerIds(layers)}
        data-map-idle={idle}
      />
    </div>
  );
}

function visibleLayerIds(layers: readonly Layer[]): string {
  return layers
    .filter((layer) => layer.props.visible)
    .map((layer) => layer.id)
    .join(" ");
}
