"use client";

import { SENSOR_KIND_INFO } from "@/lib/domain/sensors";
import { DirectionField } from "./direction-field";
import { NumberField } from "./number-field";
import type { DraftParams } from "./rule-draft";
import { SensorScopeFields } from "./sensor-scope-fields";

const DIRECTIONS = [["rising", "Rising"], ["falling", "Falling"]] as const;

type Params = DraftParams<"rate_of_change">;

export function RateOfChangeFields({ params, onChange }: { params: Params; onChange: (params: Params) => void }) {
  const unit = SENSOR_KIND_INFO[params.sensorKind].unit;
  const set = (changes: Partial<Params>) => onChange({ ...params, ...changes });
  return (
    <div className="flex flex-col gap-4">
      <SensorScopeFields sensorKind={params.sensorKind} sensorIds={params.sensorIds} onChange={set} />
      <div className="flex flex-wrap items-end gap-3">
        <DirectionField value={params.direction} options={DIRECTIONS} onChange={(direction) => set({ direction })} />
        <NumberField label={`By at least (${unit})`} value={params.change} onChange={(change) => set({ change: change ?? 0 })} />
        <NumberField label="Within (minutes)" step="1" value={params.perMinutes} onChange={(perMinutes) => set({ perMinutes: perMinutes ?? 1 })} />
        <NumberField label={`Clears under (${unit})`} value={params.clearChange} onChange={(clearChange) => set({ clearChange })} hint="Empty: half the change." />
      </div>
    </div>
  );
}
