/**
 * Which ward holds a point, for incidents and work orders arriving from feeds. Wards change only
 * when a city is re-seeded, so the polygons are loaded once and refreshed every few minutes.
 */
import { sql } from "drizzle-orm";
import type { MultiPolygon, Polygon } from "geojson";
import { selectRows, type Db } from "@/db/client";
import { AreaIndex } from "@/db/seed/geo/area-index";
import { locate, type Located } from "@/db/seed/geo/locate";

/**
 * Each call takes the connection to load through when the cache is cold: inside a batch that is
 * the batch's transaction (PGlite has one connection, and a query outside the open transaction
 * would wait for it forever).
 */
export type WardLocator = {
  /** lon/lat, H3 cell and ward code of a point (the ward is null outside every ward). */
  locate(db: Db, lon: number, lat: number): Promise<Located>;
  /** A ward's display name. */
  nameOf(db: Db, code: string): Promise<string | null>;
};

const REFRESH_MS = 5 * 60_000;

export function createWardLocator(refreshMs = REFRESH_MS): WardLocator {
  let loaded: Promise<{ index: AreaIndex; names: Map<string, string> }> | null = null;
  let loadedAt = 0;
  const wards = (db: Db) => {
    if (!loaded || Date.now() - loadedAt > refreshMs) {
      loadedAt = Date.now();
      loaded = loadWards(db).catch((error: unknown) => {
        loaded = null;
        throw error;
      });
    }
    return loaded;
  };
  return {
    locate: async (db, lon, lat) => locate(lon, lat, (await wards(db)).index),
    nameOf: async (db, code) => (await wards(db)).names.get(code) ?? null,
  };
}

async function loadWards(db: Db) {
  const rows = await selectRows<{ code: string; name: string; geometry: Polygon | MultiPolygon }>(db, sql`select code, name, geometry from wards`);
  return { index: new AreaIndex(rows), names: new Map(rows.map((row) => [row.code, row.name])) };
}
