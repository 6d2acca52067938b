import { isStaleVehicle } from "@/components/map/matatu-symbology";
import type { VehicleReport } from "@/components/map/vehicle-store";
import { describeDelay, routeLabel } from "../vehicle-description";
import { DetailList, When } from "./detail-list";

/** A matatu's latest GTFS-Realtime report. */
export function MatatuDetails({ report, routeNames, now }: { report: VehicleReport; routeNames: ReadonlyMap<string, string>; now: Date }) {
  const stale = isStaleVehicle(report, now.getTime());
  return (
    <DetailList
      rows={[
        ["Route", routeLabel(report.routeId, routeNames)],
        ["Trip delay", describeDelay(report.delayS)],
        ["Speed", report.speedMps === null ? "Not reported" : `${Math.round(report.speedMps * 3.6)} km/h`],
        [
          "Reported",
          <span key="r">
            <When at={report.reportedAt} now={now} />
            {stale && <span className="text-amber-300"> · stale (over 90 s)</span>}
          </span>,
        ],
      ]}
    />
  );
}
