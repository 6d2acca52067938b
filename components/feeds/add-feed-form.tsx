"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { ErrorNote } from "@/components/admin/error-note";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Switch } from "@/components/ui/switch";
import { FEED_TYPES, type FeedType } from "@/lib/domain/feeds";
import { useTRPC } from "@/lib/trpc/client";
import { FeedFields, type FeedFieldValues } from "./feed-fields";
import { agenciesToOwn, FEED_TYPE_LABELS } from "./feed-types";

/** Who registers: decides which agencies the feed may belong to (the server decides again). */
export interface FeedOwner {
  agencyId: string;
  agencyKind: string;
}

const EMPTY: FeedFieldValues = { name: "", endpoint: "", intervalS: "60" };

/** Registers a feed; it appears in the list through the live feeds topic, polled from its first interval if enabled. */
export function AddFeedForm({ owner, onAdded, onCancel }: { owner: FeedOwner; onAdded: (name: string) => void; onCancel: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const agencies = useQuery(trpc.agencies.list.queryOptions());
  const [id, setId] = useState("");
  const [type, setType] = useState<FeedType>("gtfs_rt");
  const [agencyId, setAgencyId] = useState(owner.agencyId);
  const [values, setValues] = useState(EMPTY);
  const [enabled, setEnabled] = useState(true);
  const create = useMutation(
    trpc.feeds.create.mutationOptions({
      onSuccess: async (feed) => {
        await queryClient.invalidateQueries({ queryKey: trpc.feeds.list.queryKey() });
        onAdded(feed.name);
      },
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ id, agencyId, type, name: values.name, endpoint: values.endpoint, intervalS: Number(values.intervalS), enabled });
  };
  const ownable = agenciesToOwn(owner, agencies.data ?? []);

  return (
    <form onSubmit={submit} aria-label="Add a feed" className="flex flex-wrap items-end gap-3 rounded-md border p-4">
      <Field label="Id" hint="2-60 lower-case letters, digits and dashes">
        <Input required pattern="[a-z0-9][a-z0-9\-]{1,59}" title="2-60 lower-case letters, digits and dashes" className="w-48 font-mono text-xs" value={id} onChange={(e) => setId(e.target.value)} />
      </Field>
      <Field label="Type">
        <Select value={type} onChange={(e) => setType(e.target.value as FeedType)}>
          {FEED_TYPES.map((t) => <option key={t} value={t}>{FEED_TYPE_LABELS[t]}</option>)}
        </Select>
      </Field>
      <Field label="Owning agency">
        {/* Only the command center has a choice; for anyone else the one option says whose the feed will be. */}
        <Select value={agencyId} disabled={ownable.length < 2} className="disabled:cursor-not-allowed disabled:opacity-60" onChange={(e) => setAgencyId(e.target.value)}>
          {ownable.map((agency) => <option key={agency.id} value={agency.id}>{agency.name}</option>)}
        </Select>
      </Field>
      <FeedFields type={type} values={values} onChange={setValues} />
      <Field label="Enabled"><span className="flex h-9 items-center"><Switch checked={enabled} onCheckedChange={setEnabled} /></span></Field>
      <Button type="submit" disabled={create.isPending}>Add feed</Button>
      <Button type="button" variant="ghost" onClick={onCancel}>Cancel</Button>
      <div className="basis-full"><ErrorNote error={create.error} /></div>
    </form>
  );
}
