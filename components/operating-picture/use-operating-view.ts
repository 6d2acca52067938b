"use client";

import { useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import type { MapViewport } from "@/components/map/map-view";
import { viewFromSearch, viewportToHash, viewToSearch, type OperatingView } from "./operating-view";

/**
 * The operator's view in the URL, so a copied link opens the same picture: layers, options and
 * selection in the query, the viewport in the hash. This hook is the URL's one writer (the map
 * reports where it came to rest instead of writing the hash itself), through Next.js's
 * replaceState so the router's idea of the URL never goes stale: no history entry, no reload.
 */
export function useOperatingView() {
  const searchParams = useSearchParams();
  const [view, setView] = useState<OperatingView>(() => viewFromSearch(searchParams.toString()));
  const [viewport, setViewport] = useState<MapViewport | null>(null);
  useEffect(() => {
    const url = `?${viewToSearch(view)}${viewport ? viewportToHash(viewport) : window.location.hash}`;
    if (url !== `${window.location.search}${window.location.hash}`) window.history.replaceState(null, "", url);
  }, [view, viewport]);
  return { view, setView, setViewport };
}
