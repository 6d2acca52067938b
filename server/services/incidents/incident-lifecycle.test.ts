import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { incidentEvents, incidents, pois } from "@/db/schema";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@/db/test-database";
import { insertIncident, insertUnit } from "@/server/test/dispatch-fixtures";
import { callerFor, insertAgency, insertUser } from "@/server/test/fixtures";

type Caller = Awaited<ReturnType<typeof callerFor>>;

/** The message of the domain error a call was refused with, and its tRPC code. */
async function refusal(call: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error("expected the call to be refused");
}

describe.each(testDatabaseKinds)("incident lifecycle on %s", (kind) => {
  let test: TestDatabase;
  let dispatcher: Caller;

  beforeAll(async () => {
    test = await openTestDatabase(kind);
    await insertAgency(test.database, "city", "command");
    await insertAgency(test.database, "ambulance", "ambulance");
    await insertAgency(test.database, "police", "police");
    dispatcher = await callerFor(test.database, { userId: (await insertUser(test.database, "city", "dispatcher")).id });
    await test.database.db
      .insert(pois)
      .values({ id: "osm/knh", kind: "hospital", name: "Kenyatta National Hospital", lon: 36.8073, lat: -1.3005, h3: "897a6e4a5bbffff", source: "test", properties: { emergency: "yes" } });
  });
  afterAll(() => test?.cleanup());

  const incidentRow = async (id: string) => (await test.database.db.select().from(incidents).where(eq(incidents.id, id)))[0]!;
  const timeline = async (id: string) => (await dispatcher.incidents.timeline({ id })).events.map((e) => e.kind);

  it("walks a call from new to closed, stamping every step, as its ambulance works it", async () => {
    const created = await dispatcher.incidents.create({ type: "medical", priority: 1, lon: 36.8219, lat: -1.2864, address: "Kencom", callerName: "Wanjiru", callerPhone: "+254 712 000000" });
    // A command-center call-taker files a medical call with the ambulance service.
    expect(created).toMatchObject({ status: "new", agencyId: "ambulance", title: "Medical at Kencom", source: "call" });
    const unit = await insertUnit(test.database.db, "ambulance", { type: "ambulance" });

    await dispatcher.incidents.assignUnit({ incidentId: created.id, unitId: unit.id, recommendedUnitId: unit.id });
    expect(await incidentRow(created.id)).toMatchObject({ status: "dispatched", dispatchedAt: expect.any(Date) });

    let version = unit.version + 1;
    for (const status of ["en_route", "on_scene"] as const) {
      const moved = await dispatcher.units.setStatus({ unitId: unit.id, version: version++, status });
      expect(moved.status).toBe(status);
    }
    const transporting = await dispatcher.units.setStatus({ unitId: unit.id, version: version++, status: "en_route" });
    expect(transporting.destinationId).toBe("osm/knh");
    await dispatcher.units.setStatus({ unitId: unit.id, version: version++, status: "at_hospital" });
    const afterTransport = await incidentRow(created.id);
    expect(afterTransport).toMatchObject({ status: "transporting", enRouteAt: expect.any(Date), onSceneAt: expect.any(Date), transportingAt: expect.any(Date) });

    const freed = await dispatcher.units.setStatus({ unitId: unit.id, version: version++, status: "available" });
    expect(freed).toMatchObject({ status: "available", incidentId: null, destinationId: null });
    const cleared = await incidentRow(created.id);
    expect(cleared).toMatchObject({ status: "cleared", clearedAt: expect.any(Date) });

    const closed = await dispatcher.incidents.setStatus({ id: created.id, version: cleared.version, status: "closed" });
    expect(closed).toMatchObject({ status: "closed", closedAt: expect.any(Date) });
    expect(await timeline(created.id)).toEqual([
      "created",
      "unit_assigned",
      "status_changed", // dispatched
      "unit_status",
      "status_changed", // en route
      "unit_status",
      "status_changed", // on scene
      "unit_status",
      "status_changed", // transporting
      "unit_status",
      "unit_released",
      "status_changed", // cleared, with the last unit
      "status_changed", // closed
    ]);
  });

  it("refuses illegal transitions with a message that says what is possible", async () => {
    const call = await insertIncident(test.database.db, "police");
    expect(await refusal(dispatcher.incidents.setStatus({ id: call.id, version: call.version, status: "closed" }))).toEqual({
      code: "BAD_REQUEST",
      message: "An incident that is new cannot become closed; it can go to dispatched, cleared.",
    });
    expect((await refusal(dispatcher.incidents.setStatus({ id: call.id, version: call.version, status: "on_scene" }))).message).toMatch(
      /becomes on scene through its units/,
    );
    const unit = await insertUnit(test.database.db, "police");
    expect((await refusal(dispatcher.units.setStatus({ unitId: unit.id, version: unit.version, status: "on_scene" }))).message).toBe(
      "A unit that is available cannot become on scene.",
    );
    await dispatcher.incidents.assignUnit({ incidentId: call.id, unitId: unit.id, recommendedUnitId: null });
    await dispatcher.units.setStatus({ unitId: unit.id, version: unit.version + 1, status: "on_scene" });
    expect((await refusal(dispatcher.units.setStatus({ unitId: unit.id, version: unit.version + 2, status: "en_route" }))).message).toBe(
      "Only an ambulance leaves a scene to transport a patient.",
    );
    // A screen that shows an old version is told so, not obeyed.
    expect(await refusal(dispatcher.units.setStatus({ unitId: unit.id, version: unit.version, status: "available" }))).toMatchObject({ code: "CONFLICT" });
    expect(await refusal(dispatcher.incidents.setStatus({ id: call.id, version: call.version, status: "cleared" }))).toMatchObject({ code: "CONFLICT" });
    // Nothing refused left a trace on the timeline.
    expect(await timeline(call.id)).toEqual(["unit_assigned", "status_changed", "unit_status", "status_changed"]);
  });

  it("puts a call back in the queue when its only unit is released before arriving", async () => {
    const call = await insertIncident(test.database.db, "police");
    const unit = await insertUnit(test.database.db, "police");
    await dispatcher.incidents.assignUnit({ incidentId: call.id, unitId: unit.id, recommendedUnitId: null });
    await dispatcher.incidents.releaseUnit({ incidentId: call.id, unitId: unit.id, reason: "Wrong unit" });
    expect(await incidentRow(call.id)).toMatchObject({ status: "new", dispatchedAt: expect.any(Date) });
  });

  it("reassigns a unit: it leaves one timeline and joins the other in one change", async () => {
    const first = await insertIncident(test.database.db, "police");
    const second = await insertIncident(test.database.db, "police");
    const unit = await insertUnit(test.database.db, "police");
    await dispatcher.incidents.assignUnit({ incidentId: first.id, unitId: unit.id, recommendedUnitId: null });
    const moved = await dispatcher.units.reassign({ unitId: unit.id, version: unit.version + 1, toIncidentId: second.id });
    expect(moved).toMatchObject({ status: "dispatched", incidentId: second.id });
    expect((await incidentRow(first.id)).status).toBe("new");
    expect((await incidentRow(second.id)).status).toBe("dispatched");
    expect(await timeline(first.id)).toContain("unit_released");
  });

  it("clears an incident with its units still on it, freeing them", async () => {
    const call = await insertIncident(test.database.db, "police");
    const unit = await insertUnit(test.database.db, "police");
    await dispatcher.incidents.assignUnit({ incidentId: call.id, unitId: unit.id, recommendedUnitId: null });
    const before = await incidentRow(call.id);
    await dispatcher.incidents.setStatus({ id: call.id, version: before.version, status: "cleared", note: "False alarm" });
    const [freed] = (await dispatcher.units.list({})).filter((u) => u.id === unit.id);
    expect(freed).toMatchObject({ status: "available", incidentId: null });
  });

  it("records an override of the recommendation on the timeline", async () => {
    const call = await insertIncident(test.database.db, "police");
    const chosen = await insertUnit(test.database.db, "police");
    await dispatcher.incidents.assignUnit({ incidentId: call.id, unitId: chosen.id, recommendedUnitId: "POL-99", overrideReason: "Crew knows the area" });
    const events = await test.database.db.select().from(incidentEvents).where(eq(incidentEvents.incidentId, call.id));
    expect(events.find((e) => e.kind === "recommendation_overridden")?.data).toEqual({ recommendedUnitId: "POL-99", chosenUnitId: chosen.id, reason: "Crew knows the area" });
  });

  it("links a second call, and merges an incoming duplicate call into the incident", async () => {
    const incident = await insertIncident(test.database.db, "police", { type: "fire" });
    const duplicate = await insertIncident(test.database.db, "police", { type: "fire", lon: 36.822, lat: -1.2865 });
    const found = await dispatcher.dispatch.findDuplicates({ type: "fire", lon: 36.8219, lat: -1.2864, excludeId: duplicate.id });
    expect(found.map((d) => d.incident.id)).toEqual([incident.id]);
    expect(await dispatcher.dispatch.findDuplicates({ type: "crime", lon: 36.8219, lat: -1.2864 })).toEqual([]);
    expect(await dispatcher.dispatch.findDuplicates({ type: "fire", lon: 36.83, lat: -1.2864 })).toEqual([]); // ~900 m east

    await dispatcher.incidents.linkCall({ id: incident.id, fromIncidentId: duplicate.id, callerName: "Otieno" });
    expect(await incidentRow(duplicate.id)).toMatchObject({ status: "closed", clearedAt: expect.any(Date), closedAt: expect.any(Date) });
    const linked = (await dispatcher.incidents.timeline({ id: incident.id })).events.find((e) => e.kind === "call_linked");
    expect(linked?.data).toMatchObject({ callerName: "Otieno", fromIncidentId: duplicate.id });
    expect(await timeline(duplicate.id)).toEqual(["merged_into", "status_changed", "status_changed"]);
  });

  it("keeps the timeline append-only, even against direct SQL", async () => {
    const call = await insertIncident(test.database.db, "police");
    await dispatcher.incidents.addNote({ id: call.id, text: "Caller says two cars" });
    await expect(test.database.db.update(incidentEvents).set({ kind: "forged" }).where(eq(incidentEvents.incidentId, call.id))).rejects.toThrow();
    await expect(test.database.db.delete(incidentEvents).where(eq(incidentEvents.incidentId, call.id))).rejects.toThrow();
  });
});
