import type { WardMetric } from "@/lib/domain/map";
import { pm25Band, PM25_BANDS } from "./sensor-symbology";
import type { Rgb } from "./rgb";

export interface ScaleClass {
  label: string;
  color: Rgb;
}

/** Light to dark orange: counts of things that need doing. */
const COUNT_COLORS: readonly Rgb[] = [
  [254, 217, 142],
  [254, 153, 41],
  [217, 95, 14],
  [153, 52, 4],
];

/** Lower bounds of the count classes per metric: sized to what a ward of Nairobi typically has. */
const COUNT_BREAKS: Record<Exclude<WardMetric, "worstAqi">, readonly number[]> = {
  openIncidents: [1, 2, 4, 7],
  lightsOut: [1, 2, 3, 5],
  requestsBacklog: [1, 3, 6, 11],
};

/** A ward's fill for a metric's value; null leaves the ward unshaded (nothing to count, or no reading). */
export function wardMetricColor(metric: WardMetric, value: number | undefined): Rgb | null {
  if (value === undefined) return null;
  if (metric === "worstAqi") return pm25Band(value).color;
  const breaks = COUNT_BREAKS[metric];
  const index = breaks.findLastIndex((lower) => value >= lower);
  return index === -1 ? null : COUNT_COLORS[index]!;
}

/** The classes as the legend lists them: "1", "2–3", ..., "7+". */
export function wardMetricClasses(metric: WardMetric): ScaleClass[] {
  if (metric === "worstAqi") return PM25_BANDS.map((band) => ({ label: band.name, color: band.color }));
  const breaks = COUNT_BREAKS[metric];
  return breaks.map((lower, i) => {
    const next = breaks[i + 1];
    const label = next === undefined ? `${lower}+` : next - 1 === lower ? String(lower) : `${lower}–${next - 1}`;
    return { label, color: COUNT_COLORS[i]! };
  });
}
