import { asc } from "drizzle-orm";
import type { Db } from "@/db/client";
import { wards } from "@/db/schema";

/** Wards with their polygons and label points (GeoJSON geometry, lon/lat). */
export function listWards(db: Db) {
  return db
    .select({
      code: wards.code,
      name: wards.name,
      constituencyCode: wards.constituencyCode,
      lon: wards.lon,
      lat: wards.lat,
      geometry: wards.geometry,
    })
    .from(wards)
    .orderBy(asc(wards.name));
}
