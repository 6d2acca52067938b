import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, incidents, pois, units } from "@/db/schema";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@/db/test-database";
import { insertIncident, insertUnit } from "@/server/test/dispatch-fixtures";
import { callerFor, insertAgency, insertUser } from "@/server/test/fixtures";
import { CREW_TIMINGS } from "./crew-plan";
import { SimulatedCrews } from "./simulated-crews";
import { positionOnTrip } from "./trip";

describe("a trip", () => {
  const trip = { destinationKey: "x", path: [[36.8, -1.3], [36.8, -1.29], [36.81, -1.29]] as [number, number][], times: [0, 100, 300], startedAtS: 1000 };
  it("moves along its path at the route's pace, facing the way it goes", () => {
    expect(positionOnTrip(trip, 1050)).toMatchObject({ lon: 36.8, lat: -1.295, arrived: false });
    expect(positionOnTrip(trip, 1050).headingDeg).toBeCloseTo(0); // north
    expect(positionOnTrip(trip, 1200)).toMatchObject({ lon: 36.805, lat: -1.29, arrived: false });
    expect(positionOnTrip(trip, 1200).headingDeg).toBeCloseTo(90); // east
    expect(positionOnTrip(trip, 5000)).toMatchObject({ lon: 36.81, lat: -1.29, arrived: true });
  });
});

describe.each(testDatabaseKinds)("simulated crews on %s", (kind) => {
  let test: TestDatabase;
  let clockS = 0;
  let crews: SimulatedCrews;

  beforeAll(async () => {
    test = await openTestDatabase(kind);
    await insertAgency(test.database, "city", "command");
    await insertAgency(test.database, "ambulance", "ambulance");
    await test.database.db.insert(pois).values({ id: "osm/hospital", kind: "hospital", name: "Test Hospital", lon: 36.83, lat: -1.29, h3: "897a6e4a5bbffff", source: "test", properties: { emergency: "yes" } });
    crews = new SimulatedCrews(test.database.db, () => clockS, () => {});
  });
  afterAll(() => test?.cleanup());

  /** Advances the simulated clock in one-minute ticks until the unit reaches `status` (or gives up). */
  async function runUntil(unitId: string, status: string, limitS = 3 * 3600) {
    for (const end = clockS + limitS; clockS < end; clockS += 60) {
      await crews.tick();
      const [unit] = await test.database.db.select().from(units).where(eq(units.id, unitId));
      if (unit!.status === status) return unit!;
    }
    throw new Error(`${unitId} never became ${status}`);
  }

  it("runs an ambulance through the whole call, audited as system:simulated-crews, and brings it home", async () => {
    const dispatcher = await callerFor(test.database, { userId: (await insertUser(test.database, "city", "dispatcher")).id });
    const incident = await insertIncident(test.database.db, "ambulance", { type: "medical", lon: 36.81, lat: -1.28 });
    const unit = await insertUnit(test.database.db, "ambulance", { type: "ambulance" });
    await dispatcher.incidents.assignUnit({ incidentId: incident.id, unitId: unit.id, recommendedUnitId: unit.id });

    await runUntil(unit.id, "en_route");
    const onScene = await runUntil(unit.id, "on_scene");
    expect([onScene.lon, onScene.lat]).toEqual([36.81, -1.28]);
    const transporting = await runUntil(unit.id, "en_route", CREW_TIMINGS.onSceneS + 120);
    expect(transporting.destinationId).toBe("osm/hospital");
    const atHospital = await runUntil(unit.id, "at_hospital");
    expect([atHospital.lon, atHospital.lat]).toEqual([36.83, -1.29]);
    await runUntil(unit.id, "available");

    const [cleared] = await test.database.db.select().from(incidents).where(eq(incidents.id, incident.id));
    expect(cleared).toMatchObject({ status: "cleared", enRouteAt: expect.any(Date), onSceneAt: expect.any(Date), transportingAt: expect.any(Date) });
    const entries = await test.database.db.select().from(auditLog).where(eq(auditLog.entityId, unit.id));
    expect(entries.map((e) => [e.actorLabel, e.action])).toEqual(Array(5).fill(["system:simulated-crews", "units.setStatus"]));

    for (let i = 0; i < 60; i++, clockS += 60) await crews.tick();
    const [home] = await test.database.db.select().from(units).where(eq(units.id, unit.id));
    expect([home!.lon, home!.lat]).toEqual([unit.baseLon, unit.baseLat]);
  });
});
