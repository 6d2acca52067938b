/** Open311 GeoReport v2 over HTTP: the endpoint's requests.json (the feed's endpoint is the API root, or requests.json itself). */
import { parseOpen311Requests } from "@/server/feeds/open311/parse-open311-requests";
import { fetchDocument, type Validators } from "@/server/transports/fetch-document";
import type { FeedRef } from "../ingest-items";
import { nothingNew, type PollStep } from "./feed-poll";

const open311RequestsUrl = (endpoint: string) => (endpoint.endsWith(".json") ? endpoint : `${endpoint.replace(/\/$/, "")}/requests.json`);

export function open311Poll(feed: FeedRef, url: string): PollStep {
  let validators: Validators | null = null;
  return async () => {
    const fetched = await fetchDocument(open311RequestsUrl(url), { validators, accept: "application/json" });
    if (fetched.notModified) return nothingNew(feed);
    const parsed = parseOpen311Requests(fetched.body, { now: new Date() });
    return {
      envelope: { feed, items: parsed.records.map((request) => ({ kind: "workOrder" as const, request })), rejections: parsed.rejections, poll: { ok: true } },
      remember: () => (validators = fetched.validators),
    };
  };
}
