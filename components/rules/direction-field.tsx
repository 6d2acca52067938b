import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";

/** Which way a sensor rule looks: above or below a limit, rising or falling. */
export function DirectionField<T extends string>({ value, options, onChange }: { value: T; options: readonly (readonly [T, string])[]; onChange: (value: T) => void }) {
  return (
    <Field label="Direction">
      <Select value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map(([option, label]) => <option key={option} value={option}>{label}</option>)}
      </Select>
    </Field>
  );
}
