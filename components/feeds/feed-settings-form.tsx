"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { ErrorNote } from "@/components/admin/error-note";
import { Button } from "@/components/ui/button";
import { useTRPC } from "@/lib/trpc/client";
import type { RouterOutputs } from "@/lib/trpc/router-types";
import { FeedFields, feedFieldValues } from "./feed-fields";

type Feed = RouterOutputs["feeds"]["list"][number];

/** Name, endpoint and interval of one feed; ingestion picks the change up without a restart. */
export function FeedSettingsForm({ feed, onDone }: { feed: Feed; onDone: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [values, setValues] = useState(() => feedFieldValues(feed));
  const update = useMutation(
    trpc.feeds.update.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.feeds.list.queryKey() });
        onDone();
      },
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ id: feed.id, name: values.name, endpoint: values.endpoint, intervalS: Number(values.intervalS) });
  };
  return (
    <form onSubmit={submit} aria-label={`Settings of ${feed.name}`} className="flex flex-wrap items-end gap-3">
      <FeedFields type={feed.type} values={values} onChange={setValues} />
      <Button type="submit" disabled={update.isPending}>Save</Button>
      <Button type="button" variant="ghost" onClick={onDone}>Cancel</Button>
      <div className="basis-full"><ErrorNote error={update.error} /></div>
    </form>
  );
}
