"use client";

import { Button } from "@/components/ui/button";
import { UNIT_STATUS_SYMBOLOGY } from "@/components/map/unit-symbology";
import { cssColor } from "@/components/map/rgb";
import { UNIT_STATUS_LABELS, UNIT_TRANSITIONS, type UnitStatus } from "@/lib/domain/units";
import type { UnitRow } from "./dispatch-queries";
import { formatEta } from "./format-duration";

interface AssignedUnitsProps {
  units: readonly UnitRow[];
  /** Seconds to the scene of the units still on their way, by unit id. */
  etas: ReadonlyMap<string, number>;
  onStatus: (unit: UnitRow, status: Exclude<UnitStatus, "dispatched">) => void;
  busy: boolean;
}

/** What a button does from a status, in the words a crew radios. */
function actionLabel(from: UnitStatus, to: UnitStatus): string {
  if (to === "available") return from === "on_scene" || from === "at_hospital" ? "Clear" : "Release";
  if (to === "en_route") return from === "on_scene" ? "Transport" : "En route";
  return UNIT_STATUS_LABELS[to];
}

/** The units on the incident, each with its status and the next steps its crew may report. */
export function AssignedUnits({ units, etas, onStatus, busy }: AssignedUnitsProps) {
  if (units.length === 0) return null;
  return (
    <section aria-label="Assigned units" className="flex flex-col gap-1">
      <h3 className="text-sm font-semibold">Assigned units</h3>
      <ul className="space-y-1">
        {units.map((unit) => (
          <li key={unit.id} className="flex flex-wrap items-center gap-2 rounded-md border px-2 py-1">
            <span aria-hidden className="size-2.5 rounded-full" style={{ backgroundColor: cssColor(UNIT_STATUS_SYMBOLOGY[unit.status].color) }} />
            <span className="font-mono text-sm font-semibold">{unit.id}</span>
            <span className="text-sm">{unit.destinationId && unit.status === "en_route" ? "Transporting" : UNIT_STATUS_LABELS[unit.status]}</span>
            {etas.has(unit.id) && <span className="text-muted-foreground text-xs tabular-nums">ETA {formatEta(etas.get(unit.id)!)}</span>}
            <span className="ml-auto flex gap-1">
              {UNIT_TRANSITIONS[unit.status]
                .filter((to): to is Exclude<UnitStatus, "dispatched"> => to !== "dispatched" && to !== "out_of_service")
                .filter((to) => to !== "en_route" || unit.status !== "on_scene" || unit.type === "ambulance")
                .filter((to) => to !== "at_hospital" || unit.destinationId !== null)
                .map((to) => (
                  <Button key={to} type="button" size="sm" variant="outline" disabled={busy} onClick={() => onStatus(unit, to)} aria-label={`${actionLabel(unit.status, to)} ${unit.id}`}>
                    {actionLabel(unit.status, to)}
                  </Button>
                ))}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
