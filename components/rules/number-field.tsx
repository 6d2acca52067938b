import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

/** A labelled number input; an empty box is `undefined` (for optional params), never 0 by accident. */
export function NumberField({ label, value, onChange, hint, step = "any" }: { label: string; value: number | undefined; onChange: (value: number | undefined) => void; hint?: string; step?: string }) {
  return (
    <Field label={label} hint={hint}>
      <Input type="number" step={step} className="w-32" value={value ?? ""} onChange={(e) => onChange(e.target.value === "" ? undefined : Number(e.target.value))} />
    </Field>
  );
}
