"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { RuleKind } from "@/lib/domain/rules";
import { useTRPC } from "@/lib/trpc/client";
import { CapFeedSettings } from "./cap-feed-settings";
import { newDraft, type DraftDefinition, type RuleDraft } from "./rule-draft";
import { RuleForm } from "./rule-form";
import { RuleTable, type RuleRow } from "./rule-table";

const draftOf = (rule: RuleRow): RuleDraft => ({
  id: rule.id,
  version: rule.version,
  name: rule.name,
  severity: rule.severity,
  definition: { kind: rule.kind as RuleKind, params: rule.params } as DraftDefinition,
});

/** The rule editor: the agency's rules, a form to add or change one, and (for admins) the CAP feed setting. */
export function RuleAdmin({ isAdmin }: { isAdmin: boolean }) {
  const trpc = useTRPC();
  const rules = useQuery(trpc.rules.list.queryOptions());
  const [editing, setEditing] = useState<RuleDraft | null>(null);
  return (
    <div className="flex flex-col gap-6">
      <section aria-labelledby="rules-heading" className="flex flex-col gap-4">
        <div className="flex items-center">
          <h2 id="rules-heading" className="text-lg font-semibold">Rules</h2>
          {!editing && <Button className="ml-auto" onClick={() => setEditing(newDraft())}>New rule</Button>}
        </div>
        {editing && <RuleForm key={editing.id ?? "new"} initial={editing} onDone={() => setEditing(null)} />}
        <RuleTable rules={rules.data ?? []} onEdit={(rule) => setEditing(draftOf(rule))} />
      </section>
      {isAdmin && <CapFeedSettings />}
    </div>
  );
}
