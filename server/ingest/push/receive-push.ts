/**
 * The shape every push endpoint shares: token → room in the writer → feed → body → decode →
 * commit → counts. Responses: 202 with { accepted, rejected, reasons } (400 when everything was
 * rejected), 401/403 for tokens and feeds, 404 without a feed, 413 for an oversize body, and 503
 * with Retry-After while the writer is full (backpressure reaches the sender).
 */
import type { Database } from "@/db/client";
import type { ApiTokenScope } from "@/lib/domain/access";
import type { FeedType } from "@/lib/domain/feeds";
import type { Rejection } from "@/server/feeds/parse-result";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/server/services/errors";
import type { FeedRef, IngestItem } from "../ingest-items";
import type { IngestWriter } from "../ingest-writer";
import { authenticatePush, type PushCaller } from "./push-caller";
import { pushFeed } from "./push-feed";
import { PayloadTooLargeError, readBody } from "./read-body";

export type PushDependencies = { database: Database; writer: IngestWriter };

export type PushEndpoint = {
  scope: ApiTokenScope;
  maxBytes: number;
  /** The feed type pushes are counted against; null when there is none (emergency calls). */
  feedType: FeedType | null;
  decode(body: Uint8Array, caller: PushCaller, now: Date): { items: IngestItem[]; rejections: Rejection[] };
};

/** Reasons returned to the sender at most; every one is in the dead letters anyway. */
const MAX_REASONS = 100;
const RETRY_AFTER_S = "1";

export async function receivePush(request: Request, endpoint: PushEndpoint, { database, writer }: PushDependencies): Promise<Response> {
  try {
    const caller = await authenticatePush(database.db, request, endpoint.scope);
    if (!writer.hasRoom) return Response.json({ error: "Ingestion is busy; retry shortly." }, { status: 503, headers: { "retry-after": RETRY_AFTER_S } });
    const feedId = new URL(request.url).searchParams.get("feed");
    const feed: FeedRef | null = endpoint.feedType && (await pushFeed(database.db, caller, endpoint.feedType, feedId));
    const body = await readBody(request, endpoint.maxBytes);
    const { items, rejections } = endpoint.decode(body, caller, new Date());
    const outcome = await writer.submit({ feed, items, rejections });
    const status = outcome.accepted === 0 && outcome.rejected > 0 ? 400 : 202;
    return Response.json({ ...outcome, reasons: outcome.reasons.slice(0, MAX_REASONS) }, { status });
  } catch (error) {
    return refusal(error);
  }
}

function refusal(error: unknown): Response {
  const status =
    error instanceof UnauthenticatedError ? 401 : error instanceof ForbiddenError ? 403 : error instanceof NotFoundError ? 404 : error instanceof PayloadTooLargeError ? 413 : null;
  if (status === null) throw error;
  return Response.json({ error: (error as Error).message }, { status });
}
