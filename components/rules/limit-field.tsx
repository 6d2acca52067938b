import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { FLOOD_STAGES, type FloodStage, type ThresholdLimit } from "@/lib/domain/rules";
import { NumberField } from "./number-field";

/** A fixed value, or (for river gauges) each gauge's own flood stage. */
export function LimitField({ label, limit, unit, onChange }: { label: string; limit: ThresholdLimit; unit: string; onChange: (limit: ThresholdLimit) => void }) {
  const byStage = "floodStage" in limit;
  return (
    <div className="flex items-end gap-2">
      <Field label={`${label}: kind`}>
        <Select value={byStage ? limit.floodStage : "value"} onChange={(e) => onChange(e.target.value === "value" ? { value: 0 } : { floodStage: e.target.value as FloodStage })}>
          <option value="value">A value</option>
          {FLOOD_STAGES.map((stage) => <option key={stage} value={stage}>The gauge&apos;s {stage} flood stage</option>)}
        </Select>
      </Field>
      {!byStage && <NumberField label={`${label} (${unit})`} value={limit.value} onChange={(value) => onChange({ value: value ?? 0 })} />}
    </div>
  );
}
