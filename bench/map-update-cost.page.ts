/**
 * Browser half of bench/map-update-cost.ts: one MapLibre map with a deck.gl overlay, and two
 * ways to move N points: our matatu layer over typed arrays written in place (VehicleStore), and
 * a MapLibre GeoJSON source given the same points with setData. The runner traces the CPU.
 */
import { MapboxOverlay } from "@deck.gl/mapbox";
import maplibregl, { type GeoJSONSource } from "maplibre-gl";
import { createMatatuLayer } from "@/components/map/layers/matatu-layer";
import { matatuPaint } from "@/components/map/matatu-symbology";
import { VehicleStore, type VehicleReport } from "@/components/map/vehicle-store";

const NAIROBI = { west: 36.66, east: 36.98, south: -1.42, north: -1.16 };
/** Every point moves by up to this much per update: about 50 m, a matatu's few seconds. */
const STEP_DEG = 0.0005;

/** One way of moving the points: set up N of them, apply the next frame, or draw the same again. */
export interface Contender {
  prepare(count: number, frames: number): Promise<void>;
  /** Applies the next frame and resolves once it is drawn (GPU synced). */
  update(): Promise<void>;
  /** Draws the current points again with nothing changed: the drawing an update includes. */
  redraw(): Promise<void>;
}

declare global {
  interface Window {
    /** With --js-flags=--expose-gc: collect the frames' garbage before measuring, not during. */
    gc?: () => void;
    contenders: { deck: Contender; glide: Contender; setData: Contender };
    mapReady: Promise<void>;
  }
}

const map = new maplibregl.Map({
  container: "map",
  style: { version: 8, sources: {}, layers: [{ id: "background", type: "background", paint: { "background-color": "#0d131b" } }] },
  center: [36.82, -1.29],
  zoom: 10.5,
  attributionControl: false,
});
const overlay = new MapboxOverlay({ interleaved: false, layers: [] });
map.addControl(overlay);
window.mapReady = new Promise((resolve) => map.once("load", () => resolve()));

/** Frames of reports for `count` vehicles that each move a little every frame, built before any timing. */
function framesOf(count: number, frames: number): VehicleReport[][] {
  let seed = 42;
  const random = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const lon = Array.from({ length: count }, () => NAIROBI.west + random() * (NAIROBI.east - NAIROBI.west));
  const lat = Array.from({ length: count }, () => NAIROBI.south + random() * (NAIROBI.north - NAIROBI.south));
  return Array.from({ length: frames }, (_, frame) =>
    lon.map((_, i) => {
      lon[i] = lon[i]! + (random() - 0.5) * STEP_DEG;
      lat[i] = lat[i]! + (random() - 0.5) * STEP_DEG;
      return { id: `v${i}`, routeId: `r${i % 117}`, lon: lon[i]!, lat: lat[i]!, bearingDeg: null, speedMps: null, delayS: (i % 900) - 120, reportedAt: new Date(), seq: frame + 1 };
    }),
  );
}

/** Waits until the GPU has done what was submitted so far: a one-pixel read is a sync point. */
function syncGpu(canvas: HTMLCanvasElement) {
  const gl = (canvas.getContext("webgl2") ?? canvas.getContext("webgl"))!;
  gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
}

const deckCanvas = () => map.getContainer().querySelector<HTMLCanvasElement>("canvas.deck-canvas, #deckgl-overlay")!;
const deck = () => (overlay as unknown as { _deck: { redraw: (reason: string) => void } })._deck;

function deckContender(glide: boolean): Contender {
  let frames: VehicleReport[][] = [];
  let next = 0;
  let store = new VehicleStore(matatuPaint("delay"));
  // deck.gl applies new layers (attribute uploads included) in its next frame, then draws.
  const drawNewLayers = () =>
    new Promise<void>((resolve) => overlay.setProps({ layers: [createMatatuLayer(store.data, { visible: true, glide })], onAfterRender: () => resolve() }));
  return {
    async prepare(count, frameCount) {
      frames = framesOf(count, frameCount + 1);
      next = 1;
      store = new VehicleStore(matatuPaint("delay"));
      store.apply(frames[0]!);
      await drawNewLayers();
      window.gc?.();
    },
    async update() {
      store.apply(frames[next++]!);
      await drawNewLayers();
      syncGpu(deckCanvas());
    },
    async redraw() {
      deck().redraw("bench");
      syncGpu(deckCanvas());
    },
  };
}

function setDataContender(): Contender {
  let frames: VehicleReport[][] = [];
  let next = 0;
  const toGeoJson = (frame: VehicleReport[]): GeoJSON.FeatureCollection => ({
    type: "FeatureCollection",
    features: frame.map((r) => ({ type: "Feature", id: r.id, geometry: { type: "Point", coordinates: [r.lon, r.lat] }, properties: { delayS: r.delayS } })),
  });
  return {
    async prepare(count, frameCount) {
      overlay.setProps({ layers: [] });
      frames = framesOf(count, frameCount + 1);
      next = 1;
      if (map.getLayer("points")) map.removeLayer("points");
      if (map.getSource("points")) map.removeSource("points");
      map.addSource("points", { type: "geojson", data: toGeoJson(frames[0]!) });
      map.addLayer({ id: "points", type: "circle", source: "points", paint: { "circle-radius": 4, "circle-color": "#34d399", "circle-stroke-width": 1, "circle-stroke-color": "#0f172a" } });
      await map.once("idle");
      window.gc?.();
    },
    async update() {
      const drawn = map.once("idle");
      map.getSource<GeoJSONSource>("points")!.setData(toGeoJson(frames[next++]!));
      await drawn;
      syncGpu(map.getCanvas());
    },
    async redraw() {
      const drawn = map.once("render");
      map.triggerRepaint();
      await drawn;
      syncGpu(map.getCanvas());
    },
  };
}

window.contenders = { deck: deckContender(false), glide: deckContender(true), setData: setDataContender() };
