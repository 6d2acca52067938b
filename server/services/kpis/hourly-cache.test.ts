/**
 * The wallboard keeps each hour's KPI results while the hour's rollups are unchanged. What must
 * hold: a refresh reads only the hours whose rollups changed, and a reading that lands in a past
 * hour (late, through the real ingest writer) is in the very next refresh.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { selectRows } from "@/db/client";
import { readings1h } from "@/db/schema";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@/db/test-database";
import { insertSensors } from "@/server/ingest/testing/ingest-fixtures";
import { databaseStore } from "@/server/ingest/write-batch";
import { insertAgency } from "@/server/test/fixtures";
import { cachedHourlyResults, hoursParam, queryKey } from "./hourly-cache";

const NOW = new Date("2026-11-29T12:30:00Z");
const at = (iso: string) => new Date(`2026-11-29T${iso}Z`);
const HOURS = [at("12:00:00"), at("11:00:00"), at("10:00:00"), at("09:00:00")];

describe.each(testDatabaseKinds)("hourly KPI results kept between refreshes on %s", (kind) => {
  let test: TestDatabase;

  beforeAll(async () => {
    test = await openTestDatabase(kind);
    await insertAgency(test.database, "environment", "environment");
    await insertSensors(test.database, "environment", ["aq-1", "aq-2"]);
  });
  afterAll(() => test?.cleanup());

  /** Stores readings as ingestion does: the writer's batch, its rollups and their triggers. */
  const ingest = (...readings: [sensorId: string, time: string, value: number][]) =>
    databaseStore(test.database.db).writeBatch([
      { feed: null, rejections: [], items: readings.map(([sensorId, time, value]) => ({ kind: "reading", sensorId, at: at(time), value, ownerAgencyId: null })) },
    ]);

  /** One wall refresh's read of the readings counted in each hour: what it returned, and which hours it had to query. */
  async function refresh(query = (hours: readonly Date[]) => sql`select bucket, sum(count)::int as n from ${readings1h} where bucket = any(${hoursParam(hours)}) group by bucket`) {
    const queried: string[] = [];
    const counts = await cachedHourlyResults(test.database.db, NOW).of(queryKey(query([])), HOURS, async (hours) => {
      queried.push(...hours.map((h) => h.toISOString().slice(11, 16)));
      const rows = await selectRows<{ bucket: string | Date; n: number }>(test.database.db, query(hours));
      return new Map(rows.map((row) => [new Date(row.bucket).getTime(), row.n]));
    });
    return { queried, counts: Object.fromEntries([...counts].map(([ms, n]) => [new Date(ms).toISOString().slice(11, 16), n])) };
  }

  it("reads each hour once, then only the hours a write changed; a late reading into a past hour shows at the next refresh", async () => {
    await ingest(["aq-1", "10:15:00", 30], ["aq-1", "11:15:00", 31], ["aq-1", "12:15:00", 32]);
    expect(await refresh()).toEqual({ queried: ["12:00", "11:00", "10:00", "09:00"], counts: { "12:00": 1, "11:00": 1, "10:00": 1 } });
    expect(await refresh()).toEqual({ queried: [], counts: { "12:00": 1, "11:00": 1, "10:00": 1 } });

    await ingest(["aq-2", "10:40:00", 45]); // two hours late
    expect(await refresh()).toEqual({ queried: ["10:00"], counts: { "12:00": 1, "11:00": 1, "10:00": 2 } });

    await ingest(["aq-1", "10:15:00", 30]); // a replay stores nothing and changes no hour
    expect((await refresh()).queried).toEqual([]);

    await ingest(["aq-2", "09:05:00", 12]); // the first reading of an hour that had none
    expect(await refresh()).toEqual({ queried: ["09:00"], counts: { "12:00": 1, "11:00": 1, "10:00": 2, "09:00": 1 } });
  });

  it("keeps each query's hours apart", async () => {
    const sums = (hours: readonly Date[]) => sql`select bucket, sum(sum)::int as n from ${readings1h} where bucket = any(${hoursParam(hours)}) group by bucket`;
    expect((await refresh(sums)).counts).toEqual({ "12:00": 32, "11:00": 31, "10:00": 75, "09:00": 12 });
    expect((await refresh()).queried).toEqual([]);
  });

  it("sees rollups changed outside the writer: a repair that deletes an hour's rows", async () => {
    await refresh();
    await test.database.db.execute(sql`delete from ${readings1h} where bucket = ${at("11:00:00").toISOString()}::timestamptz`);
    expect(await refresh()).toEqual({ queried: ["11:00"], counts: { "12:00": 1, "10:00": 2, "09:00": 1 } });
  });
});
