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

/** Where the map looks: what a shared link restores. */
export interface MapViewport {
  zoom: number;
  lat: number;
  lon: number;
}

/** Where to fly: a point, brought at least to `zoom` (street scale unless said otherwise). */
export interface MapFocus {
  lon: number;
  lat: number;
  zoom?: number;
}
const FOCUS_ZOOM = 14;

export interface MapViewProps {
  /** Where the map opens. */
  initialView: MapViewState;
  /** Called after every pan, zoom or flight, with where the map came to rest. */
  onMoveEnd?: (viewport: MapViewport) => void;
  /** deck.gl layers drawn over the base map, bottom first. */
  layers: readonly Layer[];
  /** The map flies here whenever this object changes. */
  focus: MapFocus | null;
  /** Called with the zoom once the map exists (the URL may set it) and after every zoom. */
  onZoomEnd?: (zoom: number) => void;
  getTooltip?: (info: PickingInfo) => string | null;
  /** A click on the map: what deck.gl picked there (info.layer is null on empty map). */
  onClick?: (info: PickingInfo) => void;
  /** Screen space covered by overlaid panels: the view centres on what stays visible. */
  padding?: { top?: number; right?: number; bottom?: number; left?: number };
  label: string;
}

/**
 * The one component that owns the MapLibre map and its deck.gl overlay. Browser-only: load it
 * through next/dynamic with ssr: false.
 */
export default function MapView({ initialView, onMoveEnd, layers, focus, onZoomEnd, getTooltip, onClick, padding, label }: MapViewProps) {
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
    overlay?.setProps({ layers: [...layers], getTooltip, onClick });
  }, [overlay, layers, getTooltip, onClick]);

  useEffect(() => {
    if (!map || !onMoveEnd) return;
    const report = () => {
      const { lng, lat } = map.getCenter();
      onMoveEnd({ zoom: map.getZoom(), lat, lon: lng });
    };
    map.on("moveend", report);
    return () => {
      map.off("moveend", report);
    };
  }, [map, onMoveEnd]);

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
    if (map && focus) map.flyTo({ center: [focus.lon, focus.lat], zoom: Math.max(map.getZoom(), focus.zoom ?? FOCUS_ZOOM) });
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
