import { UNIT_STATUS_LABELS, UNIT_TYPE_LABELS } from "@/lib/domain/units";
import type { IncidentRow, UnitRow } from "../operating-queries";
import type { Selection } from "../operating-view";
import { DetailList, When } from "./detail-list";

const COMPASS = ["N", "NE", "E", "SE", "S", "SW", "W", "NW"];
const compass = (degrees: number) => `${COMPASS[Math.round(degrees / 45) % 8]} (${Math.round(degrees)}°)`;

/** A unit's live state and, while it works one, the incident it is on. */
export function UnitDetails({ unit, incidents, now, onSelect }: { unit: UnitRow; incidents: readonly IncidentRow[]; now: Date; onSelect: (selection: Selection) => void }) {
  const incident = unit.incidentId ? incidents.find((i) => i.id === unit.incidentId) : undefined;
  return (
    <DetailList
      rows={[
        ["Type", UNIT_TYPE_LABELS[unit.type]],
        ["Status", UNIT_STATUS_LABELS[unit.status]],
        [
          "Incident",
          incident ? (
            <button key="i" type="button" className="text-left hover:underline" onClick={() => onSelect({ kind: "incident", id: incident.id })}>
              {incident.title}
            </button>
          ) : (
            "None"
          ),
        ],
        ["Heading", unit.headingDeg === null ? "Not moving" : compass(unit.headingDeg)],
        ["Last update", <When key="u" at={unit.updatedAt} now={now} />],
      ]}
    />
  );
}
