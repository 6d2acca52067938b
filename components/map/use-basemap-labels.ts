"use client";

import { useQuery } from "@tanstack/react-query";
import type { FeatureCollection, Point } from "geojson";
import { NEVER, placeLabels } from "./label-placement";
import { LABEL_STYLES, type LabelKind, type LabelPoint } from "./layers/label-layer";
import { formatPlaceName } from "./place-name";

type LabelFeatures = FeatureCollection<Point, { kind: LabelKind; text: string; angle?: number }>;
export type LabelsByKind = Record<LabelKind, LabelPoint[]>;

async function fetchLabels(): Promise<LabelFeatures> {
  const response = await fetch("/api/basemap/labels");
  if (!response.ok) throw new Error(`Map labels failed to load (HTTP ${response.status}).`);
  return response.json();
}

/** Module-level so TanStack Query memoizes it: placement runs once and the layers get stable arrays. */
function placeByKind(collection: LabelFeatures): LabelsByKind {
  const labels = collection.features.map(({ geometry, properties }) => ({
    kind: properties.kind,
    position: geometry.coordinates as [number, number],
    text: properties.kind === "ward" ? formatPlaceName(properties.text) : properties.text,
    angle: properties.angle ?? 0,
  }));
  const byKind: LabelsByKind = { ward: [], road: [], hospital: [] };
  for (const { kind, ...label } of placeLabels(labels, (l) => LABEL_STYLES[l.kind])) {
    if (label.minZoom !== NEVER) byKind[kind].push(label);
  }
  return byKind;
}

/** Ward, road and hospital names for the map, from the base map's own data, placed without overlaps. */
export function useBasemapLabels() {
  return useQuery({ queryKey: ["basemap", "labels"], queryFn: fetchLabels, select: placeByKind, staleTime: Infinity });
}
