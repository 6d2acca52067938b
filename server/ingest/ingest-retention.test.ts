/** Housekeeping deletes what has expired and nothing younger, on PGlite and PostgreSQL alike. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { feedMinutes, vehicles } from "@/db/schema";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@/db/test-database";
import { MATATU_STALE_AFTER_S } from "@/components/map/matatu-symbology";
import { VEHICLES_KEPT_S } from "@/lib/domain/vehicles";
import { deleteExpiredIngestRows } from "./ingest-retention";
import { CBD, insertCityBasics, insertFeed } from "./testing/ingest-fixtures";

const secondsAgo = (s: number) => new Date(Date.now() - s * 1000);

it("keeps a vehicle well past the moment the map fades it", () => {
  expect(VEHICLES_KEPT_S).toBeGreaterThan(10 * MATATU_STALE_AFTER_S);
});

describe.each(testDatabaseKinds)("ingest retention on %s", (kind) => {
  let test: TestDatabase;

  beforeAll(async () => {
    test = await openTestDatabase(kind);
    await insertCityBasics(test.database);
  });
  afterAll(async () => {
    await test?.cleanup();
  });

  it("deletes vehicles that stopped reporting longer ago than kept, and keeps the faded and the fresh", async () => {
    const vehicle = (id: string, reportedAt: Date) => ({ id, agencyId: "transit", ...CBD, reportedAt });
    await test.database.db.insert(vehicles).values([
      vehicle("gone-home", secondsAgo(VEHICLES_KEPT_S + 60)),
      vehicle("faded", secondsAgo(VEHICLES_KEPT_S - 60)),
      vehicle("fresh", secondsAgo(5)),
    ]);
    await deleteExpiredIngestRows(test.database.db);
    const left = await test.database.db.select({ id: vehicles.id }).from(vehicles);
    expect(left.map((v) => v.id).sort()).toEqual(["faded", "fresh"]);
  });

  it("deletes feed minutes older than a day", async () => {
    const feed = await insertFeed(test.database, "rt", "transit", "gtfs_rt");
    const minute = (hoursAgo: number) => ({ feedId: feed.id, minute: secondsAgo(hoursAgo * 3600), messages: 1 });
    await test.database.db.insert(feedMinutes).values([minute(25), minute(23)]);
    await deleteExpiredIngestRows(test.database.db);
    const left = await test.database.db.select({ minute: feedMinutes.minute }).from(feedMinutes);
    expect(left).toHaveLength(1);
    expect(left[0]!.minute.getTime()).toBeGreaterThan(secondsAgo(24 * 3600).getTime());
  });
});
