"use client";

import { useState } from "react";
import { UNIT_STATUS_SYMBOLOGY } from "@/components/map/unit-symbology";
import { cssColor } from "@/components/map/rgb";
import { cn } from "@/components/ui/cn";
import { Select } from "@/components/ui/select";
import { UNIT_STATUSES, UNIT_STATUS_LABELS, UNIT_TYPES, UNIT_TYPE_LABELS, type UnitStatus, type UnitType } from "@/lib/domain/units";
import type { IncidentRow, UnitRow } from "./dispatch-queries";

interface UnitBoardProps {
  units: readonly UnitRow[];
  incidents: readonly IncidentRow[];
  onSelectIncident: (incidentId: string) => void;
}

const CHIP = "bg-secondary inline-block rounded border-l-4 px-1.5 py-0.5 font-mono text-[11px]";
const chipColor = (status: UnitStatus) => ({ borderLeftColor: cssColor(UNIT_STATUS_SYMBOLOGY[status].color) });

/**
 * Every unit in a column for its status. It follows assignments by itself: the units list is
 * patched from the live stream, so a unit moves column the moment anyone changes it.
 */
export function UnitBoard({ units, incidents, onSelectIncident }: UnitBoardProps) {
  const [type, setType] = useState<UnitType | "all">("all");
  const titles = new Map(incidents.map((incident) => [incident.id, incident.title]));
  const shown = [...units].filter((unit) => type === "all" || unit.type === type).sort((a, b) => a.id.localeCompare(b.id));
  return (
    <section aria-label="Unit status board" className="bg-card flex h-full min-h-0 flex-col border-t">
      <header className="flex items-center gap-3 px-3 py-1.5">
        <h2 className="text-sm font-semibold">Units</h2>
        <label className="text-muted-foreground ml-auto flex items-center gap-2 text-xs">
          Unit type
          <Select className="h-7 text-xs" value={type} onChange={(event) => setType(event.target.value as UnitType | "all")}>
            <option value="all">All types</option>
            {UNIT_TYPES.map((t) => (
              <option key={t} value={t}>
                {UNIT_TYPE_LABELS[t]}
              </option>
            ))}
          </Select>
        </label>
      </header>
      <div className="grid min-h-0 flex-1 grid-cols-6 gap-px border-t">
        {UNIT_STATUSES.map((status) => {
          const inStatus = shown.filter((unit) => unit.status === status);
          return (
            <section key={status} aria-label={`${UNIT_STATUS_LABELS[status]} units`} className="flex min-h-0 flex-col px-2 py-1">
              <h3 className="mb-1 flex items-center gap-1.5 text-xs font-semibold">
                <span aria-hidden className="size-2 rounded-full" style={{ backgroundColor: cssColor(UNIT_STATUS_SYMBOLOGY[status].color) }} />
                {UNIT_STATUS_LABELS[status]}
                <span className="text-muted-foreground ml-auto tabular-nums">{inStatus.length}</span>
              </h3>
              <ul className="flex min-h-0 flex-wrap content-start gap-1 overflow-y-auto">
                {inStatus.map((unit) => {
                  const incidentTitle = unit.incidentId ? titles.get(unit.incidentId) : undefined;
                  const description = `${unit.callsign}, ${UNIT_TYPE_LABELS[unit.type]}${incidentTitle ? `, on ${incidentTitle}` : ""}`;
                  return (
                    <li key={unit.id}>
                      {unit.incidentId ? (
                        <button type="button" title={description} aria-label={`${unit.id}: ${description}`} onClick={() => onSelectIncident(unit.incidentId!)} className={cn(CHIP, "hover:brightness-125")} style={chipColor(status)}>
                          {unit.id}
                        </button>
                      ) : (
                        <span title={description} aria-label={`${unit.id}: ${description}`} className={CHIP} style={chipColor(status)}>
                          {unit.id}
                        </span>
                      )}
                    </li>
                  );
                })}
              </ul>
            </section>
          );
        })}
      </div>
    </section>
  );
}
