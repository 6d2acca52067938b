"use client";

import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { SENSOR_KIND_INFO } from "@/lib/domain/sensors";
import { NumberField } from "./number-field";
import type { DraftParams } from "./rule-draft";
import { SensorScopeFields } from "./sensor-scope-fields";

type Params = DraftParams<"rate_of_change">;

export function RateOfChangeFields({ params, onChange }: { params: Params; onChange: (params: Params) => void }) {
  const unit = SENSOR_KIND_INFO[params.sensorKind].unit;
  const set = (changes: Partial<Params>) => onChange({ ...params, ...changes });
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end gap-3">
        <SensorScopeFields sensorKind={params.sensorKind} sensorIds={params.sensorIds} onChange={set} />
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <Field label="Direction">
          <Select value={params.direction} onChange={(e) => set({ direction: e.target.value as Params["direction"] })}>
            <option value="rising">Rising</option>
            <option value="falling">Falling</option>
          </Select>
        </Field>
        <NumberField label={`By at least (${unit})`} value={params.change} onChange={(change) => set({ change: change ?? 0 })} />
        <NumberField label="Within (minutes)" step="1" value={params.perMinutes} onChange={(perMinutes) => set({ perMinutes: perMinutes ?? 1 })} />
        <NumberField label={`Clears under (${unit})`} value={params.clearChange} onChange={(clearChange) => set({ clearChange })} hint="Empty: half the change." />
      </div>
    </div>
  );
}
