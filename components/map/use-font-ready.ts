"use client";

import { useEffect, useState } from "react";

/**
 * True once `fontFamily` can be drawn. deck.gl rasterizes glyphs into an atlas once and caches
 * it, so text drawn before the web font arrives would stay in the fallback font.
 */
export function useFontReady(fontFamily: string): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let cancelled = false;
    // A font that fails to load must not hide the labels: they are drawn in the fallback instead.
    document.fonts
      .load(`16px ${fontFamily}`)
      .catch(() => undefined)
      .then(() => !cancelled && setReady(true));
    return () => {
      cancelled = true;
    };
  }, [fontFamily]);
  return ready;
}
