import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { incidentEvents, units } from "@/db/schema";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@/db/test-database";
import { insertIncident, insertUnit } from "@/server/test/dispatch-fixtures";
import { callerFor, insertAgency, insertUser } from "@/server/test/fixtures";

const DISPATCHERS = 100;

describe.each(testDatabaseKinds)("simultaneous assignments of one unit on %s", (kind) => {
  let test: TestDatabase;

  beforeAll(async () => {
    test = await openTestDatabase(kind);
    await insertAgency(test.database, "city", "command");
  });
  afterAll(() => test?.cleanup());

  it(`gives exactly one of ${DISPATCHERS} dispatchers the unit; the others learn who was faster`, async () => {
    const unit = await insertUnit(test.database.db, "city", { id: "AMB-03", type: "ambulance" });
    const callers = await Promise.all(
      Array.from({ length: DISPATCHERS }, async (_, i) => {
        const user = await insertUser(test.database, "city", "dispatcher", `dispatcher-${i}@city.test`);
        return { caller: await callerFor(test.database, { userId: user.id }), incident: await insertIncident(test.database.db, "city", { type: "medical" }) };
      }),
    );

    const outcomes = await Promise.allSettled(
      callers.map(({ caller, incident }) => caller.incidents.assignUnit({ incidentId: incident.id, unitId: unit.id, recommendedUnitId: unit.id })),
    );

    const won = outcomes.filter((o) => o.status === "fulfilled");
    const lost = outcomes.flatMap((o) => (o.status === "rejected" ? [o.reason] : []));
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(DISPATCHERS - 1);
    const winner = outcomes.findIndex((o) => o.status === "fulfilled");
    for (const error of lost) {
      expect(error).toBeInstanceOf(TRPCError);
      expect(error).toMatchObject({
        code: "CONFLICT",
        message: `Unit AMB-03 was just assigned to another incident by dispatcher-${winner}@city.test (dispatcher). Pick another unit.`,
      });
    }
    // The database agrees: one incident holds the unit, one assignment was recorded.
    const [row] = await test.database.db.select().from(units).where(eq(units.id, unit.id));
    expect(row).toMatchObject({ status: "dispatched", incidentId: callers[winner]!.incident.id, version: unit.version + 1 });
    const assignments = await test.database.db.select().from(incidentEvents).where(eq(incidentEvents.kind, "unit_assigned"));
    expect(assignments).toHaveLength(1);
  });
});
