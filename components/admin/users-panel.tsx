"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { ROLES, ROLE_LABELS, type Role } from "@/lib/domain/access";
import { useTRPC } from "@/lib/trpc/client";
import { ErrorNote } from "./error-note";

/** Accounts of the admin's agency: create, change role, disable. */
export function UsersPanel() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const users = useQuery(trpc.users.list.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.users.list.queryKey() });
  const create = useMutation(trpc.users.create.mutationOptions({ onSuccess: refresh }));
  const update = useMutation(trpc.users.update.mutationOptions({ onSuccess: refresh }));
  const [form, setForm] = useState({ email: "", name: "", role: "viewer" as Role, password: "" });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(form, { onSuccess: () => setForm({ email: "", name: "", role: "viewer", password: "" }) });
  };

  return (
    <section aria-labelledby="users-heading" className="flex flex-col gap-4">
      <h2 id="users-heading" className="text-lg font-semibold">Users</h2>
      <form onSubmit={submit} aria-label="New user" className="grid grid-cols-[1fr_1fr_auto_1fr_auto] items-end gap-3">
        <Field label="Email"><Input type="email" required value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })} /></Field>
        <Field label="Name"><Input required value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} /></Field>
        <Field label="Role">
          <Select value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as Role })}>
            {ROLES.map((r) => <option key={r} value={r}>{ROLE_LABELS[r]}</option>)}
          </Select>
        </Field>
        <Field label="Initial password"><Input type="password" required minLength={12} value={form.password} onChange={(e) => setForm({ ...form, password: e.target.value })} /></Field>
        <Button type="submit" disabled={create.isPending}>Add user</Button>
      </form>
      <ErrorNote error={create.error ?? update.error} />
      <table className="w-full text-sm [&_td]:pr-4 [&_th]:pr-4">
        <thead className="text-muted-foreground text-left text-xs uppercase">
          <tr><th className="py-2">Email</th><th>Name</th><th>Agency</th><th>Role</th><th>Status</th><th><span className="sr-only">Actions</span></th></tr>
        </thead>
        <tbody>
          {users.data?.map((user) => (
            <tr key={user.id} className="border-t">
              <td className="py-2 font-mono text-xs">{user.email}</td>
              <td>{user.name}</td>
              <td>{user.agencyId}</td>
              <td>
                <Select aria-label={`Role of ${user.email}`} value={user.role} onChange={(e) => update.mutate({ userId: user.id, role: e.target.value as Role })}>
                  {ROLES.map((r) => <option key={r} value={r}>{ROLE_LABELS[r]}</option>)}
                </Select>
              </td>
              <td>{user.disabledAt ? "Disabled" : "Active"}</td>
              <td className="text-right">
                <Button size="sm" variant="outline" onClick={() => update.mutate({ userId: user.id, disabled: !user.disabledAt })}>
                  {user.disabledAt ? "Enable" : "Disable"}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
