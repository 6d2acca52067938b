import type { Db } from "@/db/client";
import type { FeedRef, ItemKind, ItemOfKind } from "../ingest-items";
import type { WardLocator } from "../places/ward-locator";

/** One item to store, with the feed it came through (its agency owns what it reports). */
export type SinkEntry<T> = { item: T; feed: FeedRef | null };

/** An entry the sink refused, by its position in the entries it was given. */
export type SinkRejection = { index: number; reason: string };

export interface SinkContext {
  /** The batch's transaction: everything a sink writes commits or rolls back with the batch. */
  tx: Db;
  now: Date;
  wards: WardLocator;
}

/** Stores every entry of one kind in the batch's transaction; returns the ones it refused. */
export type Sink<K extends ItemKind> = (context: SinkContext, entries: SinkEntry<ItemOfKind<K>>[]) => Promise<SinkRejection[]>;
