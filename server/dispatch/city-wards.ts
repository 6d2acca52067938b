import type { Db } from "@/db/client";
import type { Located } from "@/db/seed/geo/locate";
import { createWardLocator, type WardLocator } from "@/server/ingest/places/ward-locator";

export interface CityWards {
  /** lon/lat, H3 cell and ward code of a point (the ward is null outside every ward). */
  locate(lon: number, lat: number): Promise<Located>;
  nameOf(code: string): Promise<string | null>;
}

const locators = new WeakMap<Db, WardLocator>();

/**
 * The ingest's ward locator, one per database so its polygons are loaded once for every
 * call-taker. Call it outside an open transaction: on PGlite a cold load would wait for it.
 */
export function cityWards(db: Db): CityWards {
  let locator = locators.get(db);
  if (!locator) locators.set(db, (locator = createWardLocator()));
  const loaded = locator;
  return { locate: (lon, lat) => loaded.locate(db, lon, lat), nameOf: (code) => loaded.nameOf(db, code) };
}
