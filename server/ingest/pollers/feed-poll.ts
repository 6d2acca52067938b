/**
 * One poll of one feed: fetch, parse, hand the envelope to the writer, and only once it has
 * committed remember what was seen (ETag, header time, fetched links). A poll that dies before
 * the commit therefore fetches the same data again next time: nothing is skipped.
 */
import type { Envelope, FeedRef } from "../ingest-items";
import { IngestStoppedError, type IngestWriter } from "../ingest-writer";

/** A feed type's fetch-and-parse step: the envelope to write and what to remember once it is written. */
export type PollStep = () => Promise<{ envelope: Envelope; remember(): void }>;

/** A poll that reached the feed and found nothing new (HTTP 304, a feed header already seen). */
export const nothingNew = (feed: FeedRef): Awaited<ReturnType<PollStep>> => ({
  envelope: { feed, items: [], rejections: [], poll: { ok: true } },
  remember() {},
});

export async function pollOnce(feed: FeedRef, step: PollStep, writer: IngestWriter): Promise<void> {
  let polled: Awaited<ReturnType<PollStep>>;
  try {
    polled = await step();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await writer.submit({ feed, items: [], rejections: [], poll: { ok: false, error: message } }).catch(ignoreStopped);
    throw error;
  }
  await writer.whenRoom();
  await writer.submit(polled.envelope).then(polled.remember, ignoreStopped);
}

function ignoreStopped(error: unknown) {
  if (!(error instanceof IngestStoppedError)) throw error;
}
