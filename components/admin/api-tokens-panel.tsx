"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { API_TOKEN_SCOPES, type ApiTokenScope } from "@/lib/domain/access";
import { useTRPC } from "@/lib/trpc/client";
import { ErrorNote } from "./error-note";

/** Integration tokens (feed push, export) and kiosk display links; each secret is shown once. */
export function ApiTokensPanel() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const tokens = useQuery(trpc.apiTokens.list.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.apiTokens.list.queryKey() });
  const create = useMutation(trpc.apiTokens.create.mutationOptions({ onSuccess: refresh }));
  const revoke = useMutation(trpc.apiTokens.revoke.mutationOptions({ onSuccess: refresh }));
  const [kind, setKind] = useState<"integration" | "display">("integration");
  const [name, setName] = useState("");
  const [scopes, setScopes] = useState<ApiTokenScope[]>(["ingest:senml"]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ kind, name, scopes: kind === "display" ? [] : scopes }, { onSuccess: () => setName("") });
  };
  const created = create.data;
  const shownSecret = created && (created.kind === "display" ? `${window.location.origin}/display/${created.secret}` : created.secret);

  return (
    <section aria-labelledby="tokens-heading" className="flex flex-col gap-4">
      <h2 id="tokens-heading" className="text-lg font-semibold">API and display tokens</h2>
      <form onSubmit={submit} aria-label="New token" className="flex flex-wrap items-end gap-3">
        <Field label="Kind">
          <Select value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
            <option value="integration">Integration (API)</option>
            <option value="display">Wallboard display link</option>
          </Select>
        </Field>
        <Field label="Name"><Input required value={name} onChange={(e) => setName(e.target.value)} /></Field>
        {kind === "integration" && (
          <fieldset className="flex flex-wrap gap-3 text-sm">
            <legend className="mb-1 font-medium">Scopes</legend>
            {API_TOKEN_SCOPES.map((scope) => (
              <label key={scope} className="flex items-center gap-1.5">
                <input type="checkbox" checked={scopes.includes(scope)} onChange={(e) => setScopes(e.target.checked ? [...scopes, scope] : scopes.filter((s) => s !== scope))} />
                <span className="font-mono text-xs">{scope}</span>
              </label>
            ))}
          </fieldset>
        )}
        <Button type="submit" disabled={create.isPending}>Create</Button>
      </form>
      {shownSecret && (
        <div role="status" className="rounded-md border border-amber-500/50 bg-amber-500/10 p-3 text-sm">
          <p className="mb-1 font-medium">Copy it now: this {created.kind === "display" ? "display link" : "token"} is shown only once.</p>
          <code className="font-mono text-xs break-all select-all">{shownSecret}</code>
        </div>
      )}
      <ErrorNote error={create.error ?? revoke.error} />
      <table className="w-full text-sm [&_td]:pr-4 [&_th]:pr-4">
        <thead className="text-muted-foreground text-left text-xs uppercase">
          <tr><th className="py-2">Name</th><th>Kind</th><th>Prefix</th><th>Scopes</th><th>Last used</th><th>Status</th><th><span className="sr-only">Actions</span></th></tr>
        </thead>
        <tbody>
          {tokens.data?.map((token) => (
            <tr key={token.id} className="border-t">
              <td className="py-2">{token.name}</td>
              <td>{token.kind}</td>
              <td className="font-mono text-xs">{token.prefix}…</td>
              <td className="font-mono text-xs">{token.scopes.join(", ") || "—"}</td>
              <td>{token.lastUsedAt ? token.lastUsedAt.toLocaleString() : "never"}</td>
              <td>{token.revokedAt ? "Revoked" : "Active"}</td>
              <td className="text-right">
                {!token.revokedAt && (
                  <Button size="sm" variant="destructive" onClick={() => revoke.mutate({ id: token.id })}>Revoke</Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
