/**
 * Heat advisories for the whole county when a hot spell brings the day's expected maximum to
 * 30 °C (about 4 °C above Nairobi's warmest-month normal); the advisory stands until the
 * expected maximum is back under 29 °C.
 */
import type { Polygon } from "geojson";
import type { HazardNotice } from "./hazard-notice";

const RAISE_AT_C = 30;
const KEEP_ABOVE_C = 29;

export function heatNotice(expectedMaxC: number, alreadyWarned: boolean, county: Polygon, cityName: string): HazardNotice | null {
  if (expectedMaxC < (alreadyWarned ? KEEP_ABOVE_C : RAISE_AT_C)) return null;
  return {
    event: "Heat advisory",
    category: ["Met", "Health"],
    responseType: ["Prepare"],
    urgency: "Expected",
    severity: expectedMaxC >= 32 ? "Severe" : "Moderate",
    certainty: "Likely",
    headline: `Hot spell: up to ${Math.round(expectedMaxC)} °C expected in ${cityName}`,
    description: `A hot, dry spell brings daytime temperatures up to ${Math.round(expectedMaxC)} °C, well above the season's normal.`,
    instruction: "Drink water often, stay in the shade at midday, and check on older neighbours and young children.",
    areas: [{ areaDesc: `${cityName} County`, polygons: [county], circles: [], geocodes: [] }],
  };
}
