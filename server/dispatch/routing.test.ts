import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { selectRows } from "@/db/client";
import { seedCity } from "@/db/seed/seed";
import { openTestDatabase, type TestDatabase } from "@/db/test-database";
import { insertIncident } from "@/server/test/dispatch-fixtures";
import { callerFor, insertUser } from "@/server/test/fixtures";
import { searchPlaces } from "./gazetteer/search-places";
import { getRoadNetwork, type RoadNetwork } from "./road-network";

// The graph lives in memory; the database only feeds it, so one kind of database is enough here.
describe("routing, recommendation and gazetteer on the seeded Nairobi", () => {
  let test: TestDatabase;
  let network: RoadNetwork;
  let knh: [number, number];
  const jkia: [number, number] = [36.9278, -1.3192]; // Jomo Kenyatta International Airport, terminal 1

  beforeAll(async () => {
    test = await openTestDatabase("pglite");
    await seedCity(test.database.db);
    network = await getRoadNetwork(test.database.db);
    const [hospital] = await selectRows<{ lon: number; lat: number }>(test.database.db, sql`select lon, lat from pois where name = 'Kenyatta National Hospital' and kind = 'hospital' limit 1`);
    knh = [hospital!.lon, hospital!.lat];
  });
  afterAll(() => test?.cleanup());

  it("joins the three sources into one graph nearly all of which is mutually reachable", () => {
    const { graph } = network;
    const routable = graph.routable.reduce((sum, flag) => sum + flag, 0);
    expect(graph.nodeCount).toBeGreaterThan(10_000);
    expect(routable / graph.nodeCount).toBeGreaterThan(0.8);
  });

  it("routes Kenyatta National Hospital to JKIA over 14-25 km in 15-40 minutes", () => {
    const outcome = network.router.between(knh, jkia);
    if (!outcome.ok) throw new Error(outcome.reason);
    const { metres, seconds, via, path, times } = outcome.route;
    expect(metres / 1000).toBeGreaterThan(14);
    expect(metres / 1000).toBeLessThan(25);
    expect(seconds / 60).toBeGreaterThan(15);
    expect(seconds / 60).toBeLessThan(40);
    expect(via).toMatch(/Mombasa Road|Expressway|Uhuru Highway/);
    expect(path[0]).toEqual(knh);
    expect(path.at(-1)).toEqual(jkia);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it("says clearly when a point is too far from any road to route to", () => {
    const nakuru: [number, number] = [36.07, -0.3];
    expect(network.router.between(knh, nakuru)).toEqual({
      ok: false,
      reason: "That location is more than 3 km from any road CityDeck knows; check the location.",
    });
  });

  it("recommends the nearest available ambulance for a medical call, and says why", async () => {
    const incident = await insertIncident(test.database.db, "ambulance", { type: "medical", lon: knh[0] + 0.002, lat: knh[1] + 0.001 });
    const dispatcher = await callerFor(test.database, { userId: (await insertUser(test.database, "city", "dispatcher")).id });
    const recommendation = await dispatcher.dispatch.recommend({ incidentId: incident.id });
    const [first, second] = recommendation.candidates;
    expect(recommendation.notice).toBeNull();
    expect(first).toMatchObject({ unitType: "ambulance", recommended: true, rank: 1, routed: true });
    // KNH keeps two ambulances (AMB-01, AMB-02): one of them is closest.
    expect(["AMB-01", "AMB-02"]).toContain(first!.unitId);
    expect(first!.reason).toMatch(/^closest available ambulance, \d+\.\d km (via .+|by road), ETA \d+ min$/);
    expect(first!.path!.length).toBeGreaterThan(1);
    expect(second).toMatchObject({ recommended: false, rank: 2 });
    expect(second!.reason).toMatch(/^2nd closest available ambulance/);
  });

  it("finds wards, hospitals, junctions and typed coordinates as the call-taker types", async () => {
    const search = (text: string) => searchPlaces(test.database.db, { text, limit: 8 });
    expect((await search("kenyatta national"))[0]).toMatchObject({ kind: "hospital", name: "Kenyatta National Hospital" });
    expect((await search("kilimani"))[0]).toMatchObject({ kind: "ward", name: "KILIMANI" });
    const junction = (await search("moi av kenyatta av")).find((place) => place.kind === "junction");
    expect(junction?.name).toBe("Kenyatta Avenue / Moi Avenue");
    for (const typed of ["-1.2864, 36.8219", "36.8219, -1.2864"]) {
      expect((await search(typed))[0]).toMatchObject({ kind: "coordinates", lon: 36.8219, lat: -1.2864, wardName: expect.any(String) });
    }
  });
});
