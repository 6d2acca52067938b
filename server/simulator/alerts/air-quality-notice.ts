/**
 * Air-quality alerts: one city-wide hazard listing the wards whose last-hour PM2.5 is
 * "Unhealthy" or worse on the EPA AQI (55.5 µg/m³ and up). Once raised, a ward stays listed
 * until it falls below "Unhealthy for sensitive groups" (35.5), so a reading that hovers at the
 * threshold does not raise and cancel the alert every few minutes.
 */
import { pm25Aqi } from "@/lib/domain/air-quality-index";
import { displayName, type SimWard } from "../city/ward-areas";
import { hullPolygon } from "../geo/convex-hull";
import type { HazardNotice } from "./hazard-notice";

const RAISE_AT_BAND = 3; // Unhealthy
const KEEP_AT_BAND = 2; // Unhealthy for sensitive groups

export interface WardAirQuality {
  ward: SimWard;
  hourlyMeanUgM3: number;
}

export function airQualityNotice(readings: readonly WardAirQuality[], alreadyWarned: boolean): HazardNotice | null {
  const threshold = alreadyWarned ? KEEP_AT_BAND : RAISE_AT_BAND;
  const affected = readings
    .filter((reading) => pm25Aqi(reading.hourlyMeanUgM3).bandIndex >= threshold)
    .sort((a, b) => b.hourlyMeanUgM3 - a.hourlyMeanUgM3);
  if (affected.length === 0) return null;
  const worst = pm25Aqi(affected[0]!.hourlyMeanUgM3);
  const names = affected.map((reading) => displayName(reading.ward.name));
  return {
    event: "Air quality alert",
    category: ["Env", "Health"],
    responseType: ["Avoid"],
    urgency: "Immediate",
    severity: worst.bandIndex >= 4 ? "Severe" : worst.bandIndex >= 3 ? "Moderate" : "Minor",
    certainty: "Observed",
    headline: `${worst.band} air (PM2.5) in ${names.length === 1 ? names[0] : `${names.length} wards`}`,
    description: affected
      .map((reading) => `${displayName(reading.ward.name)}: ${reading.hourlyMeanUgM3.toFixed(1)} µg/m³ over the last hour (${pm25Aqi(reading.hourlyMeanUgM3).band})`)
      .join("; "),
    instruction:
      "Children, older people and anyone with heart or lung disease should avoid long or heavy exertion outdoors. Do not burn rubbish; keep windows closed near smoke.",
    areas: [
      {
        areaDesc: `Nairobi wards: ${names.join(", ")}`,
        polygons: affected.map((reading) => hullPolygon([reading.ward.geometry])),
        circles: [],
        geocodes: affected.map((reading) => ({ valueName: "IEBC ward code", value: reading.ward.code })),
      },
    ],
  };
}
