import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alerts, incidentEvents, incidents } from "@/db/schema";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@/db/test-database";
import type { Role } from "@/lib/domain/access";
import { ensureAgency, insertOpenAlert } from "@/server/rules/testing/rule-fixtures";
import { callerFor, insertUser } from "@/server/test/fixtures";
import { trpcErrorCode as codeOf } from "./testing/trpc-error-code";

describe.each(testDatabaseKinds)("alert actions on %s", (kind) => {
  let test: TestDatabase;
  const as = async (agencyId: string, role: Role) => callerFor(test.database, { userId: (await insertUser(test.database, agencyId, role)).id });

  beforeAll(async () => {
    test = await openTestDatabase(kind);
    for (const id of ["city", "water", "police"]) await ensureAgency(test.database, id);
  });
  afterAll(() => test?.cleanup());

  it("acknowledges once, with who and the comment; only the owning agency or the command center may", async () => {
    const id = await insertOpenAlert(test.database.db, "water");
    expect(await codeOf((await as("police", "supervisor")).alerts.acknowledge({ id, comment: "Mine" }))).toBe("FORBIDDEN");
    const acknowledged = await (await as("water", "operator")).alerts.acknowledge({ id, comment: "Crew checking the gauge" });
    expect(acknowledged).toMatchObject({ status: "acknowledged", acknowledgedBy: "operator@water.test (operator)", acknowledgedComment: "Crew checking the gauge" });
    expect(await codeOf((await as("city", "operator")).alerts.acknowledge({ id, comment: "Me too" }))).toBe("CONFLICT");
    expect(await codeOf((await as("water", "operator")).alerts.acknowledge({ id, comment: "  " }))).toBe("BAD_REQUEST");
  });

  it("escalates into an incident that links back, once", async () => {
    const id = await insertOpenAlert(test.database.db, "water");
    const dispatcher = await as("city", "dispatcher");
    expect(await codeOf((await as("water", "operator")).alerts.escalate({ id }))).toBe("FORBIDDEN");
    const { alert, incident } = await dispatcher.alerts.escalate({ id });
    expect(incident).toMatchObject({ source: "sensor_alert", sourceRef: id, type: "flooding", priority: 2, lon: 36.7835, lat: -1.2921, status: "new" });
    expect(alert).toMatchObject({ incidentId: incident.id, status: "acknowledged", acknowledgedComment: "Escalated to an incident." });
    const events = await test.database.db.select().from(incidentEvents).where(eq(incidentEvents.incidentId, incident.id));
    expect(events).toMatchObject([{ kind: "created", data: { fromAlert: id } }]);
    expect(await codeOf(dispatcher.alerts.escalate({ id }))).toBe("CONFLICT");
    expect(await test.database.db.select().from(incidents).where(eq(incidents.sourceRef, id))).toHaveLength(1);
  });

  it("refuses to escalate an alert with no place, and anything once resolved", async () => {
    const dispatcher = await as("water", "dispatcher");
    const nowhere = await insertOpenAlert(test.database.db, "water");
    await test.database.db.update(alerts).set({ area: null }).where(eq(alerts.id, nowhere));
    expect(await codeOf(dispatcher.alerts.escalate({ id: nowhere }))).toBe("BAD_REQUEST");
    const id = await insertOpenAlert(test.database.db, "water");
    await (await as("water", "operator")).alerts.resolve({ id, reason: "False reading: the gauge was being cleaned" });
    expect(await codeOf(dispatcher.alerts.escalate({ id }))).toBe("CONFLICT");
    const [resolved] = await test.database.db.select().from(alerts).where(eq(alerts.id, id));
    expect(resolved).toMatchObject({ status: "resolved", resolvedBy: "operator@water.test (operator)", resolveReason: "False reading: the gauge was being cleaned" });
  });

  it("keeps each person's mutes to themselves", async () => {
    const me = await as("water", "viewer");
    const colleague = await as("water", "operator");
    await me.alerts.setMute({ categoryKind: "sensor_kind", category: "waste_bin_fill", muted: true });
    await me.alerts.setMute({ categoryKind: "alert_kind", category: "silence", muted: true });
    await me.alerts.setMute({ categoryKind: "alert_kind", category: "silence", muted: true });
    expect(await me.alerts.mutes()).toEqual([
      { categoryKind: "alert_kind", category: "silence" },
      { categoryKind: "sensor_kind", category: "waste_bin_fill" },
    ]);
    expect(await colleague.alerts.mutes()).toEqual([]);
    await me.alerts.setMute({ categoryKind: "alert_kind", category: "silence", muted: false });
    expect(await me.alerts.mutes()).toEqual([{ categoryKind: "sensor_kind", category: "waste_bin_fill" }]);
  });

  it("lists alerts within the caller's agency scope, filtered", async () => {
    await insertOpenAlert(test.database.db, "police", "minor");
    const police = await (await as("police", "viewer")).alerts.list({});
    expect(new Set(police.items.map((a) => a.agencyId))).toEqual(new Set(["police"]));
    const city = await (await as("city", "viewer")).alerts.list({ severity: ["minor"], status: ["open"] });
    expect(city.items.map((a) => [a.agencyId, a.severity, a.status])).toEqual([["police", "minor", "open"]]);
    const page = await (await as("city", "viewer")).alerts.list({ limit: 2 });
    const next = await (await as("city", "viewer")).alerts.list({ limit: 2, cursor: page.nextCursor! });
    expect(next.items.map((a) => a.id)).not.toContain(page.items[0]!.id);
  });
});
