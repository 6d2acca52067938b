"use client";

import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { SENSOR_KINDS, SENSOR_KIND_INFO, type SensorKind } from "@/lib/domain/sensors";
import { NumberField } from "./number-field";
import type { DraftParams } from "./rule-draft";

type Params = DraftParams<"silence">;

export function SilenceFields({ params, onChange }: { params: Params; onChange: (params: Params) => void }) {
  return (
    <div className="flex flex-wrap items-end gap-3">
      <Field label="Watch">
        <Select value={params.subject} onChange={(e) => onChange(e.target.value === "feed" ? { subject: "feed", multiple: params.multiple } : { subject: "sensor", multiple: params.multiple })}>
          <option value="sensor">Sensors</option>
          <option value="feed">Feeds</option>
        </Select>
      </Field>
      {params.subject === "sensor" && (
        <Field label="Sensor kind">
          <Select value={params.sensorKind ?? ""} onChange={(e) => onChange({ ...params, sensorKind: (e.target.value || undefined) as SensorKind | undefined })}>
            <option value="">Every kind</option>
            {SENSOR_KINDS.map((kind) => <option key={kind} value={kind}>{SENSOR_KIND_INFO[kind].label}</option>)}
          </Select>
        </Field>
      )}
      <NumberField
        label={`Silent after (× ${params.subject === "feed" ? "interval" : "cadence"})`}
        value={params.multiple}
        onChange={(multiple) => onChange({ ...params, multiple: multiple ?? 1 })}
      />
    </div>
  );
}
