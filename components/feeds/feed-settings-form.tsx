"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { ErrorNote } from "@/components/admin/error-note";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useTRPC } from "@/lib/trpc/client";
import type { RouterOutputs } from "@/lib/trpc/router-types";

type Feed = RouterOutputs["feeds"]["list"][number];

/** Name, endpoint and interval of one feed; ingestion picks the change up without a restart. */
export function FeedSettingsForm({ feed, onDone }: { feed: Feed; onDone: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState(feed.name);
  const [endpoint, setEndpoint] = useState(feed.endpoint);
  const [intervalS, setIntervalS] = useState(String(feed.intervalS));
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
    update.mutate({ id: feed.id, name, endpoint, intervalS: Number(intervalS) });
  };
  const endpointHint = feed.type === "mqtt_senml" ? "MQTT topic filter, e.g. citydeck/+/+" : "http(s) URL, or a path of this app such as /api/sim/cap.atom";
  return (
    <form onSubmit={submit} aria-label={`Settings of ${feed.name}`} className="flex flex-wrap items-end gap-3">
      <Field label="Name"><Input required value={name} onChange={(e) => setName(e.target.value)} /></Field>
      <Field label="Endpoint" hint={endpointHint}><Input required className="w-96 font-mono text-xs" value={endpoint} onChange={(e) => setEndpoint(e.target.value)} /></Field>
      <Field label="Interval (s)"><Input required type="number" min={1} max={86_400} className="w-28" value={intervalS} onChange={(e) => setIntervalS(e.target.value)} /></Field>
      <Button type="submit" disabled={update.isPending}>Save</Button>
      <Button type="button" variant="ghost" onClick={onDone}>Cancel</Button>
      <div className="basis-full"><ErrorNote error={update.error} /></div>
    </form>
  );
}
