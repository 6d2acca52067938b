"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { ErrorNote } from "@/components/admin/error-note";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { ALERT_SEVERITIES, ALERT_SEVERITY_LABELS, type AlertSeverity } from "@/lib/domain/alerts";
import { RULE_KINDS, RULE_KIND_LABELS, type RuleKind } from "@/lib/domain/rules";
import type { RouterInputs } from "@/lib/trpc/router-types";
import { useTRPC } from "@/lib/trpc/client";
import { GeofenceFields } from "./geofence-fields";
import { RateOfChangeFields } from "./rate-of-change-fields";
import { definitionOfKind, draftProblems, paramProblems, type DraftDefinition, type RuleDraft } from "./rule-draft";
import { RulePreview } from "./rule-preview";
import { SilenceFields } from "./silence-fields";
import { ThresholdFields } from "./threshold-fields";

/** Create or edit one rule: fields for its kind, problems shown before saving, and a preview over the last day. */
export function RuleForm({ initial, onDone }: { initial: RuleDraft; onDone: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(initial);
  const [previewing, setPreviewing] = useState<RouterInputs["rules"]["preview"] | null>(null);
  const done = { onSuccess: () => (void queryClient.invalidateQueries({ queryKey: trpc.rules.list.queryKey() }), onDone()) };
  const create = useMutation(trpc.rules.create.mutationOptions(done));
  const update = useMutation(trpc.rules.update.mutationOptions(done));
  const problems = draftProblems(draft);
  const editing = draft.id !== undefined;
  const setDefinition = (definition: DraftDefinition) => setDraft({ ...draft, definition });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields = { name: draft.name, severity: draft.severity, ...draft.definition };
    if (draft.id !== undefined && draft.version !== undefined) update.mutate({ ...fields, id: draft.id, version: draft.version });
    else create.mutate(fields);
  };

  return (
    <form aria-label={editing ? `Edit rule ${initial.name}` : "New rule"} onSubmit={submit} className="bg-card flex flex-col gap-4 rounded-md border p-4">
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-72 flex-1">
          <Field label="Name"><Input required maxLength={120} value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} /></Field>
        </div>
        <Field label="Severity">
          <Select value={draft.severity} onChange={(e) => setDraft({ ...draft, severity: e.target.value as AlertSeverity })}>
            {ALERT_SEVERITIES.map((s) => <option key={s} value={s}>{ALERT_SEVERITY_LABELS[s]}</option>)}
          </Select>
        </Field>
        <Field label="Kind" hint={editing ? "A saved rule keeps its kind." : undefined}>
          <Select disabled={editing} value={draft.definition.kind} onChange={(e) => setDefinition(definitionOfKind(e.target.value as RuleKind))}>
            {RULE_KINDS.map((kind) => <option key={kind} value={kind}>{RULE_KIND_LABELS[kind]}</option>)}
          </Select>
        </Field>
      </div>
      <KindFields definition={draft.definition} onChange={setDefinition} />
      {problems.length > 0 && (
        <ul aria-label="Problems" className="list-disc pl-5 text-sm text-amber-200">
          {problems.map((problem) => <li key={problem}>{problem}</li>)}
        </ul>
      )}
      <div className="flex gap-2">
        <Button type="submit" disabled={problems.length > 0 || create.isPending || update.isPending}>{editing ? "Save changes" : "Create rule"}</Button>
        <Button type="button" variant="outline" disabled={paramProblems(draft.definition).length > 0} onClick={() => setPreviewing({ severity: draft.severity, ...draft.definition })}>
          Preview last 24 h
        </Button>
        <Button type="button" variant="ghost" onClick={onDone}>Cancel</Button>
      </div>
      <ErrorNote error={create.error ?? update.error} />
      {previewing && <RulePreview input={previewing} />}
    </form>
  );
}

function KindFields({ definition, onChange }: { definition: DraftDefinition; onChange: (definition: DraftDefinition) => void }) {
  switch (definition.kind) {
    case "threshold":
      return <ThresholdFields params={definition.params} onChange={(params) => onChange({ kind: "threshold", params })} />;
    case "rate_of_change":
      return <RateOfChangeFields params={definition.params} onChange={(params) => onChange({ kind: "rate_of_change", params })} />;
    case "geofence":
      return <GeofenceFields params={definition.params} onChange={(params) => onChange({ kind: "geofence", params })} />;
    case "silence":
      return <SilenceFields params={definition.params} onChange={(params) => onChange({ kind: "silence", params })} />;
  }
}
