"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useTRPC } from "@/lib/trpc/client";

/** Read-only search over the append-only audit log: who changed what, when, from where. */
export function AuditPanel() {
  const trpc = useTRPC();
  const [text, setText] = useState("");
  const audit = useInfiniteQuery(
    trpc.audit.search.infiniteQueryOptions(
      { text: text || undefined, limit: 50 },
      { getNextPageParam: (page) => page.nextCursor ?? undefined, initialCursor: undefined },
    ),
  );
  const entries = audit.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section aria-labelledby="audit-heading" className="flex flex-col gap-4">
      <h2 id="audit-heading" className="text-lg font-semibold">Audit log</h2>
      <Field label="Search actor, action or record">
        <Input type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder="e.g. users.update or dispatcher@police.demo" />
      </Field>
      <table className="w-full text-sm [&_td]:pr-4 [&_th]:pr-4">
        <thead className="text-muted-foreground text-left text-xs uppercase">
          <tr><th className="py-2">When</th><th>Who</th><th>Action</th><th>Record</th><th>Change</th><th>From</th></tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} className="border-t align-top">
              <td className="py-2 whitespace-nowrap">{entry.at.toLocaleString()}</td>
              <td className="font-mono text-xs">{entry.actorLabel}</td>
              <td className="font-mono text-xs">{entry.action}</td>
              <td className="font-mono text-xs">{entry.entityKind}{entry.entityId ? ` ${entry.entityId.slice(0, 8)}` : ""}</td>
              <td className="max-w-md font-mono text-xs break-all">
                {entry.before && <div className="text-red-300">− {JSON.stringify(entry.before)}</div>}
                {entry.after && <div className="text-green-300">+ {JSON.stringify(entry.after)}</div>}
              </td>
              <td className="font-mono text-xs">{entry.sourceAddress ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {audit.hasNextPage && (
        <Button variant="outline" onClick={() => audit.fetchNextPage()} disabled={audit.isFetchingNextPage}>Older entries</Button>
      )}
    </section>
  );
}
