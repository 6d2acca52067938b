/**
 * GTFS static: a zip over HTTP, or a zip or folder on disk (a file: URL). Every poll reads the
 * source and compares its digest with the version the feed row holds: the same version is a
 * successful poll with nothing new; another is parsed and imported as one network.
 */
import { fileURLToPath } from "node:url";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { feeds } from "@/db/schema";
import { describeRejection, parseGtfs } from "@/server/feeds/gtfs-static/parse-gtfs";
import { gtfsZipSource, readGtfsSource, type GtfsSource } from "@/server/feeds/gtfs-static/read-gtfs-source";
import { fetchDocument, type Validators } from "@/server/transports/fetch-document";
import type { FeedRef } from "../ingest-items";
import { nothingNew, type PollStep } from "./feed-poll";

/** A city's whole network: bigger and slower to fetch than a live document. */
const MAX_ZIP_BYTES = 256 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 5 * 60_000;
/** Rejections quoted in the error of a source that holds no network. */
const REASONS_QUOTED = 3;
/** Dead letters kept per import: a feed that breaks one rule on every row would otherwise write millions at once. */
const MAX_DEAD_LETTERS = 1_000;

export function gtfsStaticPoll(feed: FeedRef, url: string, db: Db): PollStep {
  let validators: Validators | null = null;
  const path = url.startsWith("file:") ? fileURLToPath(url) : null;
  const where = path ?? url;
  /** The source as published now, or null when its server says it has not changed. */
  const fetchSource = async (): Promise<{ source: GtfsSource; validators: Validators | null } | null> => {
    if (path) return { source: await readable(where, () => readGtfsSource(path)), validators: null };
    const document = await fetchDocument(url, { validators, accept: "application/zip, application/octet-stream", maxBytes: MAX_ZIP_BYTES, timeoutMs: FETCH_TIMEOUT_MS });
    return document.notModified ? null : { source: gtfsZipSource(document.body), validators: document.validators };
  };
  return async () => {
    const fetched = await fetchSource();
    if (!fetched) return nothingNew(feed);
    const remember = () => (validators = fetched.validators);
    const [row] = await db.select({ version: feeds.version }).from(feeds).where(eq(feeds.id, feed.id));
    if (row?.version === fetched.source.version) return { ...nothingNew(feed), remember };

    const { feed: network, rejections } = await parseGtfs(await readable(where, () => fetched.source.files()));
    // Every other table's rows hang off stop times (a trip without them never runs): none, no network.
    if (network.stopTimes.length === 0) {
      const reasons = rejections.slice(0, REASONS_QUOTED).map(describeRejection);
      throw new Error(`GTFS source ${where} holds no network (no usable stop times)${reasons.length ? `: ${reasons.join("; ")}` : ""}`);
    }
    const letters = rejections.slice(0, MAX_DEAD_LETTERS).map((rejection) => ({ reason: describeRejection(rejection), excerpt: rejection.excerpt }));
    if (rejections.length > MAX_DEAD_LETTERS) {
      letters.push({ reason: `${rejections.length - MAX_DEAD_LETTERS} more rows rejected; only the first ${MAX_DEAD_LETTERS} are kept`, excerpt: "" });
    }
    return {
      envelope: { feed, items: [{ kind: "gtfsNetwork", version: fetched.source.version, network }], rejections: letters, poll: { ok: true } },
      remember,
    };
  };
}

/** Runs `read`, naming the source in what it throws (the feed's last error). */
async function readable<T>(where: string, read: () => T | Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    throw new Error(`GTFS source ${where} could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}
