"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

/** One line of text and a button: an acknowledgement's comment, a resolution's reason. */
export function AlertActionForm({
  name,
  label,
  submitLabel,
  pending,
  onSubmit,
  onCancel,
}: {
  name: string;
  label: string;
  submitLabel: string;
  pending: boolean;
  onSubmit: (text: string) => void;
  onCancel: () => void;
}) {
  const [text, setText] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(text);
  };
  return (
    <form aria-label={name} onSubmit={submit} className="flex flex-wrap items-end gap-2">
      <div className="min-w-64 flex-1">
        <Field label={label}>
          <Input autoFocus required maxLength={1000} value={text} onChange={(e) => setText(e.target.value)} />
        </Field>
      </div>
      <Button type="submit" size="sm" disabled={pending || !text.trim()}>{submitLabel}</Button>
      <Button type="button" size="sm" variant="ghost" onClick={onCancel}>Cancel</Button>
    </form>
  );
}
