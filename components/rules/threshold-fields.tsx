"use client";

import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { ALERT_SEVERITIES, ALERT_SEVERITY_LABELS, type AlertSeverity } from "@/lib/domain/alerts";
import { SENSOR_KIND_INFO } from "@/lib/domain/sensors";
import { LimitField } from "./limit-field";
import { DirectionField } from "./direction-field";
import { NumberField } from "./number-field";
import type { DraftParams } from "./rule-draft";
import { SensorScopeFields } from "./sensor-scope-fields";

const DIRECTIONS = [["above", "Above the limit"], ["below", "Below the limit"]] as const;

type Params = DraftParams<"threshold">;
const NIGHT = { from: "19:00", to: "06:00", utcOffset: "+03:00" };

export function ThresholdFields({ params, onChange }: { params: Params; onChange: (params: Params) => void }) {
  const unit = SENSOR_KIND_INFO[params.sensorKind].unit;
  const set = (changes: Partial<Params>) => onChange({ ...params, ...changes });
  const escalations = params.escalations ?? [];
  return (
    <div className="flex flex-col gap-4">
      <SensorScopeFields sensorKind={params.sensorKind} sensorIds={params.sensorIds} onChange={set} />
      <div className="flex flex-wrap items-end gap-3">
        <DirectionField value={params.direction} options={DIRECTIONS} onChange={(direction) => set({ direction })} />
        <LimitField label="Limit" limit={params.limit} unit={unit} onChange={(limit) => set({ limit })} />
        <NumberField label="For (minutes)" step="1" value={params.forMinutes} onChange={(forMinutes) => set({ forMinutes: forMinutes ?? 0 })} hint="0: the latest reading decides." />
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <NumberField label={`Clearing margin (${unit})`} value={params.clearMargin} onChange={(clearMargin) => set({ clearMargin })} hint="Clears only this far back on the safe side: no flapping at the limit." />
        <NumberField label="Clear after (minutes)" step="1" value={params.clearForMinutes} onChange={(clearForMinutes) => set({ clearForMinutes })} />
      </div>
      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium">Escalations (a higher limit raises the severity)</legend>
        {escalations.map((escalation, i) => (
          <div key={i} className="flex flex-wrap items-end gap-2">
            <LimitField label={`Escalation ${i + 1}`} limit={escalation.limit} unit={unit} onChange={(limit) => set({ escalations: escalations.map((e, j) => (j === i ? { ...e, limit } : e)) })} />
            <Field label={`Escalation ${i + 1} severity`}>
              <Select value={escalation.severity} onChange={(e) => set({ escalations: escalations.map((x, j) => (j === i ? { ...x, severity: e.target.value as AlertSeverity } : x)) })}>
                {ALERT_SEVERITIES.map((s) => <option key={s} value={s}>{ALERT_SEVERITY_LABELS[s]}</option>)}
              </Select>
            </Field>
            <Button type="button" size="sm" variant="ghost" onClick={() => set({ escalations: escalations.filter((_, j) => j !== i) })}>Remove</Button>
          </div>
        ))}
        <Button type="button" size="sm" variant="outline" className="self-start" onClick={() => set({ escalations: [...escalations, { limit: { value: 0 }, severity: "severe" }] })}>
          Add an escalation
        </Button>
      </fieldset>
      <fieldset className="flex flex-wrap items-end gap-3">
        <legend className="text-sm font-medium">When</legend>
        <label className="flex items-center gap-1.5 text-sm">
          <input type="checkbox" checked={!!params.activeWindow} onChange={(e) => set({ activeWindow: e.target.checked ? NIGHT : undefined })} />
          Only between set local times
        </label>
        {params.activeWindow && (
          <>
            <Field label="From"><Input className="w-24" value={params.activeWindow.from} onChange={(e) => set({ activeWindow: { ...params.activeWindow!, from: e.target.value } })} /></Field>
            <Field label="To"><Input className="w-24" value={params.activeWindow.to} onChange={(e) => set({ activeWindow: { ...params.activeWindow!, to: e.target.value } })} /></Field>
            <Field label="UTC offset"><Input className="w-24" value={params.activeWindow.utcOffset} onChange={(e) => set({ activeWindow: { ...params.activeWindow!, utcOffset: e.target.value } })} /></Field>
          </>
        )}
      </fieldset>
    </div>
  );
}
