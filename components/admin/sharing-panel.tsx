"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { DATA_DOMAINS, type DataDomain } from "@/lib/domain/access";
import { useTRPC } from "@/lib/trpc/client";
import { ErrorNote } from "./error-note";

/** Which other agencies see this agency's records, by data domain; revocable at any time. */
export function SharingPanel({ ownAgencyId }: { ownAgencyId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const grants = useQuery(trpc.sharing.list.queryOptions());
  const agencies = useQuery(trpc.agencies.list.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.sharing.list.queryKey() });
  const grant = useMutation(trpc.sharing.grant.mutationOptions({ onSuccess: refresh }));
  const revoke = useMutation(trpc.sharing.revoke.mutationOptions({ onSuccess: refresh }));
  const [grantee, setGrantee] = useState("");
  const [domain, setDomain] = useState<DataDomain>("incidents");
  const names = new Map(agencies.data?.map((a) => [a.id, a.name]));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    grant.mutate({ granteeAgencyId: grantee, domain });
  };

  return (
    <section aria-labelledby="sharing-heading" className="flex flex-col gap-4">
      <h2 id="sharing-heading" className="text-lg font-semibold">Data sharing</h2>
      <form onSubmit={submit} aria-label="Share data" className="flex flex-wrap items-end gap-3">
        <Field label="Share with agency">
          <Select required value={grantee} onChange={(e) => setGrantee(e.target.value)}>
            <option value="" disabled>Choose…</option>
            {agencies.data?.filter((a) => a.id !== ownAgencyId).map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
          </Select>
        </Field>
        <Field label="Data">
          <Select value={domain} onChange={(e) => setDomain(e.target.value as DataDomain)}>
            {DATA_DOMAINS.map((d) => <option key={d} value={d}>{d}</option>)}
          </Select>
        </Field>
        <Button type="submit" disabled={grant.isPending}>Share</Button>
      </form>
      <ErrorNote error={grant.error ?? revoke.error} />
      <table className="w-full text-sm [&_td]:pr-4 [&_th]:pr-4">
        <thead className="text-muted-foreground text-left text-xs uppercase">
          <tr><th className="py-2">Owner</th><th>Shared with</th><th>Data</th><th>Since</th><th>Status</th><th><span className="sr-only">Actions</span></th></tr>
        </thead>
        <tbody>
          {grants.data?.map((g) => (
            <tr key={g.id} className="border-t">
              <td className="py-2">{names.get(g.ownerAgencyId) ?? g.ownerAgencyId}</td>
              <td>{names.get(g.granteeAgencyId) ?? g.granteeAgencyId}</td>
              <td>{g.domain}</td>
              <td>{g.createdAt.toLocaleString()}</td>
              <td>{g.revokedAt ? `Revoked ${g.revokedAt.toLocaleString()}` : "Active"}</td>
              <td className="text-right">
                {!g.revokedAt && g.ownerAgencyId === ownAgencyId && (
                  <Button size="sm" variant="destructive" onClick={() => revoke.mutate({ id: g.id })}>Revoke</Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
