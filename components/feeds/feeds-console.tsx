"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Fragment, useState } from "react";
import { ErrorNote } from "@/components/admin/error-note";
import { formatAge } from "@/components/incidents/format-age";
import { useNow } from "@/components/incidents/use-now";
import { Button } from "@/components/ui/button";
import { Switch } from "@/components/ui/switch";
import { useTRPC } from "@/lib/trpc/client";
import { AddFeedForm, type FeedOwner } from "./add-feed-form";
import { FeedDeadLetters } from "./feed-dead-letters";
import { FeedHealthBadge } from "./feed-health-badge";
import { FeedSettingsForm } from "./feed-settings-form";
import { useLiveFeeds } from "./use-live-feeds";

type Open = { feedId: string; view: "settings" | "dead letters" } | null;

const perMinute = (rate: number) => (rate >= 10 ? rate.toFixed(0) : rate.toFixed(1));

/** Every feed of the agency with live health; supervisors register feeds, switch them on and off, edit them, and read their dead letters. */
export function FeedsConsole({ owner }: { owner: FeedOwner }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const feeds = useLiveFeeds();
  const now = useNow(5_000);
  const [open, setOpen] = useState<Open>(null);
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const setEnabled = useMutation(trpc.feeds.setEnabled.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.feeds.list.queryKey() }) }));
  const toggleAdding = () => {
    setAdding(!adding);
    setAdded(null);
  };
  const onAdded = (name: string) => {
    setAdding(false);
    setAdded(name);
  };
  const toggle = (feedId: string, view: NonNullable<Open>["view"]) => setOpen(open?.feedId === feedId && open.view === view ? null : { feedId, view });

  return (
    <section aria-labelledby="feeds-heading" className="flex flex-col gap-4">
      <h2 id="feeds-heading" className="sr-only">Feeds</h2>
      <div className="flex items-center gap-3">
        <Button variant="outline" aria-expanded={adding} onClick={toggleAdding}>Add a feed</Button>
        <p role="status" className="text-muted-foreground text-sm">{added && `Feed “${added}” registered.`}</p>
      </div>
      {adding && <AddFeedForm owner={owner} onCancel={() => setAdding(false)} onAdded={onAdded} />}
      <ErrorNote error={feeds.error ?? setEnabled.error} />
      <table className="w-full text-sm [&_td]:pr-4 [&_th]:pr-4">
        <thead className="text-muted-foreground text-left text-xs uppercase">
          <tr>
            <th className="py-2">Feed</th><th>Type</th><th>Health</th><th>Last message</th><th>Messages/min</th><th>Rejects/min</th><th>Interval</th><th>Enabled</th>
            <th><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {feeds.data?.map((feed) => (
            <Fragment key={feed.id}>
              <tr className="border-t align-top">
                <td className="py-2">
                  <div className="font-medium">{feed.name}</div>
                  <div className="text-muted-foreground font-mono text-xs">{feed.agencyId} · {feed.endpoint}</div>
                  {feed.health.state === "failing" && feed.lastError && (
                    <div className="text-xs text-red-300" title={feed.lastErrorAt?.toLocaleString()}>{feed.lastError}</div>
                  )}
                </td>
                <td className="font-mono text-xs">{feed.type}</td>
                <td><FeedHealthBadge state={feed.health.state} enabled={feed.enabled} /></td>
                <td className="tabular-nums">{feed.lastMessageAt ? formatAge(feed.lastMessageAt, now) : "never"}</td>
                <td className="tabular-nums">{perMinute(feed.health.messagesPerMin)}</td>
                <td className="tabular-nums">{perMinute(feed.health.rejectsPerMin)}</td>
                <td className="tabular-nums">{feed.intervalS} s</td>
                <td>
                  <Switch
                    checked={feed.enabled}
                    disabled={setEnabled.isPending}
                    onCheckedChange={(enabled) => setEnabled.mutate({ id: feed.id, enabled })}
                    aria-label={`${feed.name} enabled`}
                  />
                </td>
                <td className="space-x-2 text-right whitespace-nowrap">
                  <Button size="sm" variant="outline" aria-expanded={open?.feedId === feed.id && open.view === "settings"} onClick={() => toggle(feed.id, "settings")}>Edit</Button>
                  <Button size="sm" variant="outline" aria-expanded={open?.feedId === feed.id && open.view === "dead letters"} onClick={() => toggle(feed.id, "dead letters")}>
                    Dead letters ({feed.rejectsTotal})
                  </Button>
                </td>
              </tr>
              {open?.feedId === feed.id && (
                <tr>
                  <td colSpan={9} className="pb-4">
                    {open.view === "settings" ? <FeedSettingsForm feed={feed} onDone={() => setOpen(null)} /> : <FeedDeadLetters feedId={feed.id} feedName={feed.name} />}
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </section>
  );
}
