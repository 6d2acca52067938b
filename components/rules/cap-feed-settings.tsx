"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ErrorNote } from "@/components/admin/error-note";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { CAP_FEED_ACCESS, CAP_FEED_ACCESS_LABELS, type CapFeedAccess } from "@/lib/domain/alerts";
import { useTRPC } from "@/lib/trpc/client";

/** Admins decide whether their agency's alerts go out as a CAP 1.2 feed, and to whom. */
export function CapFeedSettings() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const setting = useQuery(trpc.alerts.capFeedAccess.queryOptions());
  const save = useMutation(trpc.alerts.setCapFeedAccess.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.alerts.capFeedAccess.queryKey() }) }));
  if (!setting.data) return null;
  const url = `${window.location.origin}/api/cap/alerts.atom?agency=${setting.data.agencyId}`;
  return (
    <section aria-labelledby="cap-feed-heading" className="flex flex-col gap-2">
      <h2 id="cap-feed-heading" className="text-lg font-semibold">CAP feed of our alerts</h2>
      <Field label="Published">
        <Select className="w-96" value={setting.data.access} disabled={save.isPending} onChange={(e) => save.mutate({ access: e.target.value as CapFeedAccess })}>
          {CAP_FEED_ACCESS.map((access) => <option key={access} value={access}>{CAP_FEED_ACCESS_LABELS[access]}</option>)}
        </Select>
      </Field>
      {setting.data.access !== "off" && <code className="font-mono text-xs break-all select-all">{url}</code>}
      <ErrorNote error={save.error} />
    </section>
  );
}
