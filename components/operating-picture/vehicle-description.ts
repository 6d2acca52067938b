import { delayBand } from "@/components/map/matatu-symbology";
import type { VehicleReport } from "@/components/map/vehicle-store";

/** "Route 23 Kangemi" from GTFS names, or the bare route id when the route is unknown. */
export const routeLabel = (routeId: string | null, routeNames: ReadonlyMap<string, string>) =>
  routeId === null ? "No route" : `Route ${routeNames.get(routeId) ?? routeId}`;

/** "3 min late", "On time (20 s late)", "1 min early". */
export function describeDelay(delayS: number | null): string {
  if (delayS === null) return "Delay unknown";
  const minutes = Math.round(Math.abs(delayS) / 60);
  const amount = minutes >= 1 ? `${minutes} min` : `${Math.abs(delayS)} s`;
  const band = delayBand(delayS).name;
  if (band === "On time") return delayS === 0 ? "On time" : `On time (${amount} ${delayS > 0 ? "late" : "early"})`;
  return `${amount} ${delayS > 0 ? "late" : "early"}`;
}

export function describeVehicle(report: VehicleReport, routeNames: ReadonlyMap<string, string>): string {
  return `Matatu ${report.id} · ${routeLabel(report.routeId, routeNames)}\n${describeDelay(report.delayS)}`;
}
