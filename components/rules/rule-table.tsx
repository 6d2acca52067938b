"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ErrorNote } from "@/components/admin/error-note";
import { SeverityBadge } from "@/components/alerts/severity-badge";
import { Button } from "@/components/ui/button";
import { Switch } from "@/components/ui/switch";
import { RULE_KIND_LABELS } from "@/lib/domain/rules";
import type { RouterOutputs } from "@/lib/trpc/router-types";
import { useTRPC } from "@/lib/trpc/client";
import { ruleSummary } from "./rule-summary";

export type RuleRow = RouterOutputs["rules"]["list"][number];

/** Every rule the supervisor administers: what it watches, how many of its alerts are open, on or off. */
export function RuleTable({ rules, onEdit }: { rules: RuleRow[]; onEdit: (rule: RuleRow) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const setEnabled = useMutation(trpc.rules.setEnabled.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.rules.list.queryKey() }) }));
  return (
    <>
      <ErrorNote error={setEnabled.error} />
      <table className="w-full text-sm [&_td]:pr-4 [&_th]:pr-4">
        <thead className="text-muted-foreground text-left text-xs uppercase">
          <tr><th className="py-2">Rule</th><th>Agency</th><th>Kind</th><th>Watches</th><th>Severity</th><th>Open alerts</th><th>Enabled</th><th><span className="sr-only">Actions</span></th></tr>
        </thead>
        <tbody>
          {rules.map((rule) => (
            <tr key={rule.id} className="border-t align-middle">
              <td className="py-2 font-medium">{rule.name}</td>
              <td>{rule.agencyId}</td>
              <td>{RULE_KIND_LABELS[rule.kind]}</td>
              <td>{ruleSummary(rule.kind, rule.params)}</td>
              <td><SeverityBadge severity={rule.severity} /></td>
              <td className="tabular-nums">{rule.openAlerts}</td>
              <td>
                <Switch aria-label={`Enabled: ${rule.name}`} checked={rule.enabled} disabled={setEnabled.isPending} onCheckedChange={(enabled) => setEnabled.mutate({ id: rule.id, enabled })} />
              </td>
              <td className="text-right">
                <Button size="sm" variant="outline" aria-label={`Edit ${rule.name}`} onClick={() => onEdit(rule)}>Edit</Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
