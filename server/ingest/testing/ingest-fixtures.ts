/** Test support: the few agencies, feeds, sensors and a ward the ingest tests need (no seed). */
import { latLngToCell } from "h3-js";
import type { Polygon } from "geojson";
import type { Database } from "@/db/client";
import { constituencies, feeds, sensors, wards } from "@/db/schema";
import type { FeedType } from "@/lib/domain/feeds";
import { insertAgency } from "@/server/test/fixtures";
import type { FeedRef } from "../ingest-items";

/** A square ward around Nairobi CBD: calls inside it get ward "cbd". */
export const CBD = { lon: 36.82, lat: -1.286 };
const square = (half: number): Polygon => ({
  type: "Polygon",
  coordinates: [
    [
      [CBD.lon - half, CBD.lat - half],
      [CBD.lon + half, CBD.lat - half],
      [CBD.lon + half, CBD.lat + half],
      [CBD.lon - half, CBD.lat + half],
      [CBD.lon - half, CBD.lat - half],
    ],
  ],
});

export async function insertCityBasics(database: Database) {
  for (const [id, kind] of [
    ["city", "command"],
    ["police", "police"],
    ["fire", "fire"],
    ["ambulance", "ambulance"],
    ["environment", "environment"],
    ["transit", "transit"],
    ["water", "water"],
  ] as const) {
    await insertAgency(database, id, kind);
  }
  await database.db.insert(constituencies).values({ code: "starehe", name: "Starehe", geometry: square(0.02) }).onConflictDoNothing();
  await database.db
    .insert(wards)
    .values({ code: "cbd", name: "Nairobi Central", constituencyCode: "starehe", geometry: square(0.01), ...CBD, h3: latLngToCell(CBD.lat, CBD.lon, 9) })
    .onConflictDoNothing();
}

export async function insertFeed(database: Database, id: string, agencyId: string, type: FeedType, endpoint = `/${id}`, intervalS = 60): Promise<FeedRef> {
  await database.db.insert(feeds).values({ id, agencyId, type, name: `Feed ${id}`, endpoint, intervalS }).onConflictDoNothing();
  return { id, agencyId };
}

export async function insertSensors(database: Database, agencyId: string, ids: string[]) {
  await database.db
    .insert(sensors)
    .values(ids.map((id) => ({ id, agencyId, kind: "air_quality" as const, name: `Sensor ${id}`, ...CBD, h3: latLngToCell(CBD.lat, CBD.lon, 9), unit: "ug/m3", cadenceS: 60 })))
    .onConflictDoNothing();
}
