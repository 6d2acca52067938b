import { getEventListeners } from "node:events";
import { setTimeout as sleep } from "node:timers/promises";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "@/db/test-database";
import { insertAgency } from "@/server/test/fixtures";
import { currentSeq } from "./pull-changes";
import { FRAME_INTERVAL_MS, streamChanges } from "./stream-changes";

describe("a live stream held open for many frames", () => {
  let test: TestDatabase;

  beforeAll(async () => {
    test = await openTestDatabase("pglite");
    await insertAgency(test.database, "city", "command");
  });
  afterAll(() => test?.cleanup());

  it("keeps a bounded number of listeners on its abort signal, and ends when aborted", async () => {
    const { database } = test;
    const aborted = new AbortController();
    // From a cursor read first, as the browser does: nothing written after it can be missed.
    const cursor = String(await currentSeq(database.db));
    const stream = streamChanges(database, ["feeds"], async () => ({ feeds: "all" }), cursor, aborted.signal);
    const listeners = () => getEventListeners(aborted.signal, "abort").length;
    const FRAMES = 12;
    const seen: string[] = [];
    let most = 0;
    for (let frame = 0; frame < FRAMES; frame++) {
      const next = stream.next();
      // Long enough for the stream to find nothing new, pause a frame and wait for a wake-up.
      await sleep(FRAME_INTERVAL_MS + 100);
      await database.db.execute(sql`insert into feeds (id, agency_id, type, name, endpoint, interval_s) values (${`f${frame}`}, 'city', 'cap', 'Feed', '/cap', 60)`);
      const [, batch] = (await next).value!;
      seen.push(...batch.changes.map((change) => String(change.row.id)));
      most = Math.max(most, listeners());
    }
    expect(seen).toEqual(Array.from({ length: FRAMES }, (_, frame) => `f${frame}`));
    // The stream's own listener and the pause in progress, however many frames went by.
    expect(most).toBeLessThanOrEqual(2);

    const ended = stream.next();
    aborted.abort();
    expect(await ended).toEqual({ done: true, value: undefined });
    expect(listeners()).toBe(0);
  });
});
