import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { feedMinutes, feedRejects, feeds } from "@/db/schema";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@/db/test-database";
import { insertFeed } from "@/server/ingest/testing/ingest-fixtures";
import { callerFor, insertAgency, insertUser } from "@/server/test/fixtures";

describe.each(testDatabaseKinds)("feeds router on %s", (kind) => {
  let test: TestDatabase;
  const caller = async (agencyId: string, role: "viewer" | "supervisor") => callerFor(test.database, { userId: (await insertUser(test.database, agencyId, role)).id });

  beforeAll(async () => {
    test = await openTestDatabase(kind);
    await insertAgency(test.database, "city", "command");
    await insertAgency(test.database, "transit", "transit");
    await insertAgency(test.database, "water", "water");
    await insertFeed(test.database, "matatu-rt", "transit", "gtfs_rt", "/rt", 15);
    await insertFeed(test.database, "gauges", "water", "mqtt_senml", "citydeck/water/+", 60);
    const now = Date.now();
    await test.database.db
      .update(feeds)
      .set({ lastSuccessAt: new Date(now - 5_000), lastMessageAt: new Date(now - 5_000), messagesTotal: 100, rejectsTotal: 10 })
      .where(eq(feeds.id, "matatu-rt"));
    await test.database.db.insert(feedMinutes).values([
      { feedId: "matatu-rt", minute: new Date(Math.floor(now / 60_000) * 60_000), messages: 40, rejects: 5 },
      { feedId: "matatu-rt", minute: new Date(Math.floor(now / 60_000) * 60_000 - 120_000), messages: 60, rejects: 5 },
      { feedId: "matatu-rt", minute: new Date(Math.floor(now / 60_000) * 60_000 - 30 * 60_000), messages: 999, rejects: 0 },
    ]);
    await test.database.db.insert(feedRejects).values({ feedId: "matatu-rt", reason: "entity does not decode", excerpt: "0a0b" });
  });
  afterAll(() => test?.cleanup());

  it("lists the caller's agency's feeds with health, lag and five-minute rates", async () => {
    const feedsSeen = await (await caller("transit", "viewer")).feeds.list();
    expect(feedsSeen.map((f) => f.id)).toEqual(["matatu-rt"]);
    expect(feedsSeen[0]!.health).toMatchObject({ state: "healthy", messagesPerMin: 20, rejectsPerMin: 2 });
    expect(feedsSeen[0]!.health.lagS).toBeGreaterThanOrEqual(4);
    const all = await (await caller("city", "viewer")).feeds.list();
    expect(all.map((f) => [f.id, f.health.state])).toEqual([["matatu-rt", "healthy"], ["gauges", "stale"]]);
  });

  it("shows dead letters to supervisors of the owning agency only", async () => {
    const letters = await (await caller("transit", "supervisor")).feeds.rejects({ feedId: "matatu-rt" });
    expect(letters).toMatchObject([{ reason: "entity does not decode", excerpt: "0a0b" }]);
    await expect((await caller("water", "supervisor")).feeds.rejects({ feedId: "matatu-rt" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("registers, edits and disables feeds, checking endpoints against the feed type", async () => {
    const supervisor = await caller("water", "supervisor");
    const created = await supervisor.feeds.create({ id: "river-levels", type: "mqtt_senml", name: "River gauges", endpoint: "citydeck/water/#", intervalS: 60 });
    expect(created).toMatchObject({ agencyId: "water", enabled: true });
    await expect(supervisor.feeds.create({ id: "river-levels", type: "cap", name: "x", endpoint: "/x", intervalS: 60 })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(supervisor.feeds.update({ id: "river-levels", endpoint: "citydeck/#/bad" })).rejects.toBeInstanceOf(TRPCError);
    expect(await supervisor.feeds.update({ id: "river-levels", intervalS: 30, name: "Nairobi River gauges" })).toMatchObject({ intervalS: 30, name: "Nairobi River gauges" });
    expect(await supervisor.feeds.setEnabled({ id: "river-levels", enabled: false })).toMatchObject({ enabled: false });
    await expect(supervisor.feeds.setEnabled({ id: "matatu-rt", enabled: false })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
