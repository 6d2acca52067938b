import type { Db } from "@/db/client";
import type { SearchPlacesInput } from "@/lib/domain/dispatch";
import { cityWards } from "../city-wards";
import { getGazetteer } from "./load-gazetteer";
import { parseCoordinates } from "./parse-coordinates";
import type { GazetteerEntry } from "./search-gazetteer";

/** Places matching what the call-taker typed; typed coordinates come first as a place of their own. */
export async function searchPlaces(db: Db, input: SearchPlacesInput): Promise<GazetteerEntry[]> {
  const matches = (await getGazetteer(db)).search(input.text, input.limit);
  const typed = await typedCoordinates(db, input.text);
  return typed ? [typed, ...matches].slice(0, input.limit) : matches;
}

/** The reading of typed coordinates that falls in a ward of the city (else the latitude-first one). */
async function typedCoordinates(db: Db, text: string): Promise<GazetteerEntry | null> {
  const wards = cityWards(db);
  const readings = await Promise.all(parseCoordinates(text).map(async (point) => ({ point, wardCode: (await wards.locate(point.lon, point.lat)).wardCode })));
  const chosen = readings.find((reading) => reading.wardCode) ?? readings[0];
  if (!chosen) return null;
  const { point, wardCode } = chosen;
  return { kind: "coordinates", name: `${point.lat.toFixed(5)}, ${point.lon.toFixed(5)}`, ...point, wardName: wardCode ? await wards.nameOf(wardCode) : null };
}
