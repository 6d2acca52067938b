"use client";

import { useQuery } from "@tanstack/react-query";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { ALERT_KINDS, ALERT_KIND_LABELS, ALERT_SEVERITIES, ALERT_SEVERITY_LABELS, ALERT_STATUSES, ALERT_STATUS_LABELS } from "@/lib/domain/alerts";
import { useTRPC } from "@/lib/trpc/client";
import type { AlertFilters } from "./alert-types";
import { CheckboxGroup, optionsOf } from "./checkbox-group";

/** An empty choice means "all", so unticking everything never shows an empty inbox by accident. */
const orAll = <T,>(values: T[]) => (values.length ? values : undefined);

export function AlertFiltersBar({ filters, onChange }: { filters: AlertFilters; onChange: (filters: AlertFilters) => void }) {
  const trpc = useTRPC();
  const agencies = useQuery(trpc.agencies.list.queryOptions());
  return (
    <form aria-label="Alert filters" className="bg-card flex flex-wrap items-end gap-6 rounded-md border p-3" onSubmit={(e) => e.preventDefault()}>
      <CheckboxGroup legend="Severity" options={optionsOf(ALERT_SEVERITIES, ALERT_SEVERITY_LABELS)} selected={filters.severity ?? []} onChange={(severity) => onChange({ ...filters, severity: orAll(severity) })} />
      <CheckboxGroup legend="Status" options={optionsOf(ALERT_STATUSES, ALERT_STATUS_LABELS)} selected={filters.status ?? []} onChange={(status) => onChange({ ...filters, status: orAll(status) })} />
      <CheckboxGroup legend="Kind" options={optionsOf(ALERT_KINDS, ALERT_KIND_LABELS)} selected={filters.kind ?? []} onChange={(kind) => onChange({ ...filters, kind: orAll(kind) })} />
      <Field label="Agency">
        <Select className="w-72" value={filters.agencyId?.[0] ?? ""} onChange={(e) => onChange({ ...filters, agencyId: e.target.value ? [e.target.value] : undefined })}>
          <option value="">All agencies</option>
          {agencies.data?.map((agency) => (
            <option key={agency.id} value={agency.id}>{agency.name}</option>
          ))}
        </Select>
      </Field>
    </form>
  );
}
