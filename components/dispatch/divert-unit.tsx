"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { UNIT_STATUS_LABELS, type UnitType } from "@/lib/domain/units";
import type { UnitRow } from "./dispatch-queries";

interface DivertUnitProps {
  incidentId: string;
  /** Unit types this incident needs: only those are offered. */
  unitTypes: readonly UnitType[];
  units: readonly UnitRow[];
  onDivert: (unit: UnitRow) => void;
  busy: boolean;
}

/** Takes a unit still on its way to another incident and sends it here instead (a P1 needs it more). */
export function DivertUnit({ incidentId, unitTypes, units, onDivert, busy }: DivertUnitProps) {
  const [unitId, setUnitId] = useState("");
  const divertible = units.filter(
    (unit) => unit.incidentId !== null && unit.incidentId !== incidentId && (unit.status === "dispatched" || unit.status === "en_route") && !unit.destinationId && unitTypes.includes(unit.type),
  );
  if (divertible.length === 0) return null;
  const chosen = divertible.find((unit) => unit.id === unitId);
  return (
    <form
      aria-label="Divert a unit"
      className="flex items-center gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen) onDivert(chosen);
      }}
    >
      <label className="text-muted-foreground flex flex-1 items-center gap-2 text-xs">
        Divert
        <Select className="h-8 flex-1 text-xs" value={unitId} onChange={(event) => setUnitId(event.target.value)}>
          <option value="">a unit on its way elsewhere…</option>
          {divertible.map((unit) => (
            <option key={unit.id} value={unit.id}>
              {unit.id} ({UNIT_STATUS_LABELS[unit.status].toLowerCase()})
            </option>
          ))}
        </Select>
      </label>
      <Button type="submit" size="sm" variant="outline" disabled={!chosen || busy}>
        Divert here
      </Button>
    </form>
  );
}
