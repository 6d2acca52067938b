import type { Db } from "@/db/client";
import { createWardLocator, type WardLocator } from "@/server/ingest/places/ward-locator";

const locators = new WeakMap<Db, WardLocator>();

/** One ward locator per database, so its polygons are loaded once for every call-taker. */
export function cityWards(db: Db): WardLocator {
  let locator = locators.get(db);
  if (!locator) locators.set(db, (locator = createWardLocator(db)));
  return locator;
}
