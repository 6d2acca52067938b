import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@/db/test-database";
import type { LiveTopic } from "@/lib/domain/live";
import type { ChangeBatch } from "@/server/live/pull-changes";
import { callerFor, insertAgency, insertUser } from "@/server/test/fixtures";

/** One record of every live domain, owned by `agency`. */
async function insertCityRecords(database: Database, agency: string) {
  const { db } = database;
  await db.execute(sql`insert into pois (id, kind, name, lon, lat, h3, source, synthetic) values (${`base-${agency}`}, 'base', 'Base', 36.8, -1.3, 'h3', 'test', true)`);
  await db.execute(sql`insert into incidents (agency_id, type, priority, title, lon, lat, h3, source, reported_at) values (${agency}, 'fire', 2, ${`Incident of ${agency}`}, 36.8, -1.3, 'h3', 'call', now())`);
  await db.execute(sql`insert into units (id, agency_id, callsign, type, lon, lat, h3, base_id, base_lon, base_lat) values (${`unit-${agency}`}, ${agency}, 'U1', 'fire', 36.8, -1.3, 'h3', ${`base-${agency}`}, 36.8, -1.3)`);
  await db.execute(sql`insert into sensors (id, agency_id, kind, name, lon, lat, h3, unit, cadence_s) values (${`sensor-${agency}`}, ${agency}, 'noise', 'S', 36.8, -1.3, 'h3', 'dB', 60)`);
  await db.execute(sql`insert into feeds (id, agency_id, type, name, endpoint, interval_s) values (${`feed-${agency}`}, ${agency}, 'cap', 'F', '/cap', 60)`);
  await db.execute(sql`insert into alerts (agency_id, severity, title, subject_kind, subject_id, source) values (${agency}, 'minor', 'A', 'sensor', ${`sensor-${agency}`}, 'threshold')`);
  await db.execute(sql`insert into transit_routes (id, agency_id, route_type) values (${`route-${agency}`}, ${agency}, 3)`);
  await db.execute(sql`insert into vehicles (id, agency_id, lon, lat, reported_at) values (${`vehicle-${agency}`}, ${agency}, 36.8, -1.3, now())`);
}

/** Touches every live row of both agencies, then returns which agencies' rows the stream delivered. */
async function liveAgencies(database: Database, userId: string, topics: LiveTopic[]) {
  const controller = new AbortController();
  const caller = await callerFor(database, { userId }, controller.signal);
  const stream = await caller.live.onChange({ topics, lastEventId: await caller.live.cursor() });
  for (const table of ["incidents", "units", "sensors", "feeds", "alerts", "vehicles"]) {
    await database.db.execute(sql`update ${sql.identifier(table)} set agency_id = agency_id`);
  }
  const seen = new Set<string>();
  const timer = setTimeout(() => controller.abort(), 1500);
  for await (const frame of stream) {
    // Server-side callers see tracked() envelopes as [id, data] tuples.
    for (const change of (frame as unknown as [string, ChangeBatch])[1].changes) seen.add(`${change.topic}:${change.row.agencyId}`);
  }
  clearTimeout(timer);
  return [...seen].sort();
}

describe.each(testDatabaseKinds)("agency isolation on %s", (kind) => {
  let test: TestDatabase;
  let police: Awaited<ReturnType<typeof callerFor>>;
  let policeDispatcherId: string;
  let fireAdmin: Awaited<ReturnType<typeof callerFor>>;
  let city: Awaited<ReturnType<typeof callerFor>>;

  beforeAll(async () => {
    test = await openTestDatabase(kind);
    const { database } = test;
    await insertAgency(database, "city", "command");
    await insertAgency(database, "police", "police");
    await insertAgency(database, "fire", "fire");
    await insertCityRecords(database, "police");
    await insertCityRecords(database, "fire");
    policeDispatcherId = (await insertUser(database, "police", "dispatcher")).id;
    police = await callerFor(database, { userId: policeDispatcherId });
    fireAdmin = await callerFor(database, { userId: (await insertUser(database, "fire", "admin")).id });
    city = await callerFor(database, { userId: (await insertUser(database, "city", "dispatcher")).id });
  });
  afterAll(() => test?.cleanup());

  const listedAgencies = async (caller: typeof police) => ({
    incidents: [...new Set((await caller.incidents.list({})).items.map((i) => i.agencyId))].sort(),
    units: [...new Set((await caller.units.list()).map((u) => u.agencyId))].sort(),
    sensors: [...new Set((await caller.sensors.list()).map((s) => s.agencyId))].sort(),
    transit: (await caller.transit.routes()).map((r) => r.id).sort(),
  });

  it("a dispatcher lists and streams only their own agency's records", async () => {
    expect(await listedAgencies(police)).toEqual({ incidents: ["police"], units: ["police"], sensors: ["police"], transit: ["route-police"] });
    const topics: LiveTopic[] = ["incidents", "units", "sensors", "feeds", "alerts", "vehicles"];
    expect(await liveAgencies(test.database, policeDispatcherId, topics)).toEqual(topics.map((t) => `${t}:police`).sort());
  });

  it("the command center sees every agency", async () => {
    expect((await listedAgencies(city)).incidents).toEqual(["fire", "police"]);
  });

  it("a sharing grant opens one domain, and its revocation closes it again", async () => {
    const grant = await fireAdmin.sharing.grant({ granteeAgencyId: "police", domain: "incidents" });
    expect(await listedAgencies(police)).toEqual({ incidents: ["fire", "police"], units: ["police"], sensors: ["police"], transit: ["route-police"] });
    expect(await liveAgencies(test.database, policeDispatcherId, ["incidents", "units"])).toEqual(["incidents:fire", "incidents:police", "units:police"]);

    await fireAdmin.sharing.revoke({ id: grant.id });
    expect((await listedAgencies(police)).incidents).toEqual(["police"]);
    expect(await liveAgencies(test.database, policeDispatcherId, ["incidents"])).toEqual(["incidents:police"]);
  });

  it("a grant lets the other agency read, never change: the owner's records stay the owner's", async () => {
    await fireAdmin.sharing.grant({ granteeAgencyId: "police", domain: "feeds" });
    const policeAdmin = await callerFor(test.database, { userId: (await insertUser(test.database, "police", "admin")).id });
    const fireToken = await fireAdmin.apiTokens.create({ kind: "integration", name: "fire feed", scopes: ["ingest:cap"] });
    await expect(policeAdmin.apiTokens.revoke({ id: fireToken.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await policeAdmin.apiTokens.list()).map((t) => t.agencyId)).not.toContain("fire");
  });
});
