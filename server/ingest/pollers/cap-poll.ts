/**
 * CAP over HTTP: one alert document, or an Atom / RSS feed whose entries embed alerts or link to
 * them. Linked alerts are fetched too, each once per "updated" time, a bounded number per poll
 * (the rest follow on the next polls).
 */
import type { CapAlert } from "@/server/feeds/cap/cap-types";
import { parseCap } from "@/server/feeds/cap/parse-cap";
import { excerptOf, type Rejection } from "@/server/feeds/parse-result";
import { fetchDocument, type Validators } from "@/server/transports/fetch-document";
import type { FeedRef } from "../ingest-items";
import { nothingNew, type PollStep } from "./feed-poll";

const CAP_ACCEPT = "application/cap+xml, application/atom+xml, application/rss+xml, application/xml, text/xml";
const MAX_LINKS_PER_POLL = 20;

export function capPoll(feed: FeedRef, url: string): PollStep {
  let validators: Validators | null = null;
  /** Linked alert URL → the entry's "updated" time when we fetched it. */
  const fetchedLinks = new Map<string, number>();
  return async () => {
    const fetched = await fetchDocument(url, { validators, accept: CAP_ACCEPT });
    if (fetched.notModified) return nothingNew(feed);
    const now = new Date();
    const document = parseCap(fetched.body, { now });
    const alerts: CapAlert[] = [...document.records];
    const rejections: Rejection[] = [...document.rejections];
    const due = document.links
      .map((link) => ({ url: new URL(link.url, url).toString(), updated: link.updated?.getTime() ?? 0 }))
      .filter((link) => fetchedLinks.get(link.url) !== link.updated)
      .slice(0, MAX_LINKS_PER_POLL);
    const done: typeof due = [];
    for (const link of due) {
      try {
        const linked = await fetchDocument(link.url, { accept: CAP_ACCEPT });
        if (linked.notModified) continue;
        const parsed = parseCap(linked.body, { now });
        alerts.push(...parsed.records);
        rejections.push(...parsed.rejections);
        done.push(link);
      } catch (error) {
        rejections.push({ reason: `linked alert could not be fetched: ${(error as Error).message}`, excerpt: excerptOf(link.url) });
      }
    }
    return {
      envelope: { feed, items: alerts.map((alert) => ({ kind: "capAlert" as const, alert })), rejections, poll: { ok: true } },
      remember() {
        validators = fetched.validators;
        for (const link of done) fetchedLinks.set(link.url, link.updated);
      },
    };
  };
}
