import { createTRPCClient, httpBatchLink, httpSubscriptionLink, splitLink } from "@trpc/client";
import { createHTTPServer } from "@trpc/server/adapters/standalone";
import { sql } from "drizzle-orm";
import { EventSource } from "eventsource";
import type { AddressInfo } from "node:net";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "@/db/client";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@/db/test-database";
import { appRouter, type AppRouter } from "@/server/api/root";
import { contextFor, insertAgency, insertUser } from "@/server/test/fixtures";
import type { ChangeBatch } from "./pull-changes";

type Frame = { id: string; data: ChangeBatch };

describe.each(testDatabaseKinds)("live.onChange over SSE on %s", (kind) => {
  let test: TestDatabase;
  let writer: Database;
  let server: ReturnType<typeof createHTTPServer>;
  let client: ReturnType<typeof createTRPCClient<AppRouter>>;

  beforeAll(async () => {
    test = await openTestDatabase(kind);
    // PGlite is one in-process connection; on PostgreSQL the writes come from a second pool.
    writer = kind === "postgres" ? await openDatabase({ databaseUrl: test.database.url! }) : test.database;
    await insertAgency(test.database, "city", "command");
    const context = await contextFor(test.database, { userId: (await insertUser(test.database, "city", "operator")).id });
    server = createHTTPServer({ router: appRouter, createContext: () => context });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    client = createTRPCClient<AppRouter>({
      links: [
        splitLink({
          condition: (op) => op.type === "subscription",
          true: httpSubscriptionLink({ url, transformer: superjson, EventSource }),
          false: httpBatchLink({ url, transformer: superjson }),
        }),
      ],
    });
  });

  afterAll(async () => {
    server?.close();
    if (writer !== test.database) await writer?.close();
    await test?.cleanup();
  });

  const writeFeeds = (ids: string[]) =>
    writer.db.execute(sql`insert into feeds (id, agency_id, type, name, endpoint, interval_s)
      select id, 'city', 'cap', 'Feed ' || id, '/cap', 60 from unnest(${`{${ids.join(",")}}`}::text[]) as id`);

  /** Subscribes from `lastEventId` and collects frames until `expected` feed ids arrived. */
  function collect(lastEventId: string, expected: number) {
    const frames: Frame[] = [];
    const ids: string[] = [];
    let done!: () => void;
    const finished = new Promise<void>((resolve) => (done = resolve));
    const subscription = client.live.onChange.subscribe(
      { topics: ["feeds"], lastEventId },
      {
        onData(frame) {
          frames.push(frame as Frame);
          for (const change of (frame as Frame).data.changes) ids.push(change.row.id as string);
          if (ids.length >= expected) done();
        },
      },
    );
    return { frames, ids, finished, stop: () => subscription.unsubscribe() };
  }

  it("streams rows written from another connection, then resumes after a disconnect with no gap and no duplicate", async () => {
    const start = await client.live.cursor.query();
    const first = collect(start, 5);
    await new Promise((r) => setTimeout(r, 300)); // the subscription is listening
    await writeFeeds(["a1", "a2", "a3"]);
    await writeFeeds(["a4", "a5"]);
    await first.finished;
    first.stop();
    expect(first.ids).toEqual(["a1", "a2", "a3", "a4", "a5"]);
    const resumeFrom = first.frames.at(-1)!.id;

    // While the client is away: new rows and an update of a row it has already seen.
    await writeFeeds(["b1", "b2"]);
    await writer.db.execute(sql`update feeds set name = 'Renamed' where id = 'a2'`);
    await writeFeeds(["b3"]);

    const resumed = collect(resumeFrom, 4);
    await resumed.finished;
    await new Promise((r) => setTimeout(r, 500)); // nothing further may arrive
    resumed.stop();
    expect(resumed.ids).toEqual(["b1", "b2", "a2", "b3"]);
    const seqs = resumed.frames.flatMap((f) => f.data.changes.map((c) => c.row.seq));
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(Math.min(...seqs)).toBeGreaterThan(Number(resumeFrom));
  });

  it("delivers every row exactly once when many transactions commit concurrently", async () => {
    const ids = Array.from({ length: 40 }, (_, i) => `c${i}`);
    const live = collect(await client.live.cursor.query(), ids.length);
    await new Promise((r) => setTimeout(r, 300));
    // Each writer holds its transaction open for a random moment, so commits interleave.
    await Promise.all(
      ids.map((id) =>
        writer.db.transaction(async (tx) => {
          await tx.execute(sql`insert into feeds (id, agency_id, type, name, endpoint, interval_s) values (${id}, 'city', 'cap', ${id}, '/cap', 60)`);
          await tx.execute(sql`select pg_sleep(${Math.random() / 20})`);
        }),
      ),
    );
    await live.finished;
    await new Promise((r) => setTimeout(r, 500));
    live.stop();
    expect([...live.ids].sort()).toEqual([...ids].sort());
  });
});
