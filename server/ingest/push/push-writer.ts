/**
 * The writer behind the push endpoints: one per process and database, started on first use. Web
 * processes run no ingest duty, so they write pushes themselves; the database keeps concurrent
 * writers safe (natural keys, one transaction per batch).
 */
import { getDatabase, type Database } from "@/db/client";
import { IngestWriter } from "../ingest-writer";
import { databaseStore } from "../write-batch";
import type { PushDependencies } from "./receive-push";

const globalForPush = globalThis as unknown as { citydeckPushWriters?: WeakMap<Database, IngestWriter> };

export function pushWriterFor(database: Database): IngestWriter {
  const writers = (globalForPush.citydeckPushWriters ??= new WeakMap());
  let writer = writers.get(database);
  if (!writer) writers.set(database, (writer = new IngestWriter(databaseStore(database.db), { log: (message) => console.error(`[ingest push] ${message}`) })));
  return writer;
}

export async function pushDependencies(): Promise<PushDependencies> {
  const database = await getDatabase();
  return { database, writer: pushWriterFor(database) };
}
