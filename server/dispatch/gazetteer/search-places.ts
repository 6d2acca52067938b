import type { Db } from "@/db/client";
import type { SearchPlacesInput } from "@/lib/domain/dispatch";
import { cityWards } from "../city-wards";
import { getGazetteer } from "./load-gazetteer";
import { parseCoordinates } from "./parse-coordinates";
import type { GazetteerEntry } from "./search-gazetteer";

/** Places matching what the call-taker typed; typed coordinates come first as a place of their own. */
export async function searchPlaces(db: Db, input: SearchPlacesInput): Promise<GazetteerEntry[]> {
  const matches = (await getGazetteer(db)).search(input.text, input.limit);
  const point = parseCoordinates(input.text);
  if (!point) return matches;
  const wards = cityWards(db);
  const { wardCode } = await wards.locate(point.lon, point.lat);
  const typed: GazetteerEntry = {
    kind: "coordinates",
    name: `${point.lat.toFixed(5)}, ${point.lon.toFixed(5)}`,
    ...point,
    wardName: wardCode ? await wards.nameOf(wardCode) : null,
  };
  return [typed, ...matches].slice(0, input.limit);
}
