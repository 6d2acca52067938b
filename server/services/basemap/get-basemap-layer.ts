import { createHash } from "node:crypto";
import type { Db } from "@/db/client";
import { loadBasemapFeatures } from "./basemap-features";
import type { BasemapLayer } from "./basemap-layers";

export interface SerializedLayer {
  body: string;
  etag: string;
}

/**
 * Base layers only change when the city is re-seeded, i.e. on a restart, so each is read and
 * serialized once per process. The promise is cached so concurrent first requests share one query.
 */
const cache = new Map<BasemapLayer, Promise<SerializedLayer>>();

export function getBasemapLayer(db: Db, layer: BasemapLayer): Promise<SerializedLayer> {
  let entry = cache.get(layer);
  if (!entry) {
    entry = serialize(db, layer);
    cache.set(layer, entry);
    // A failed read must not be served from the cache forever.
    entry.catch(() => cache.delete(layer));
  }
  return entry;
}

async function serialize(db: Db, layer: BasemapLayer): Promise<SerializedLayer> {
  const features = await loadBasemapFeatures(db, layer);
  const body = JSON.stringify({ type: "FeatureCollection", features });
  const etag = `"${createHash("sha1").update(body).digest("base64url")}"`;
  return { body, etag };
}
