import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alerts } from "@/db/schema";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@/db/test-database";
import type { Role } from "@/lib/domain/access";
import { ensureAgency, insertOpenAlert, insertSensor, writeMinutes } from "@/server/rules/testing/rule-fixtures";
import { callerFor, insertUser } from "@/server/test/fixtures";
import { trpcErrorCode as codeOf } from "./testing/trpc-error-code";

const pm25 = { sensorKind: "air_quality", direction: "above", limit: { value: 55.4 }, forMinutes: 10 } as const;

describe.each(testDatabaseKinds)("rule administration on %s", (kind) => {
  let test: TestDatabase;
  const as = async (agencyId: string, role: Role) => callerFor(test.database, { userId: (await insertUser(test.database, agencyId, role)).id });

  beforeAll(async () => {
    test = await openTestDatabase(kind);
    for (const id of ["city", "environment", "water"]) await ensureAgency(test.database, id);
  });
  afterAll(() => test?.cleanup());

  it("creates for the supervisor's own agency, and refuses an edit based on an old version", async () => {
    const supervisor = await as("environment", "supervisor");
    const rule = await supervisor.rules.create({ name: "PM2.5 high", severity: "moderate", kind: "threshold", params: pm25 });
    expect(rule).toMatchObject({ agencyId: "environment", version: 1, enabled: true, params: { clearMargin: 0, escalations: [] } });
    const edit = { id: rule.id, version: 1, name: "PM2.5 high for 20 min", severity: "severe", kind: "threshold", params: { ...pm25, forMinutes: 20 } } as const;
    expect(await supervisor.rules.update(edit)).toMatchObject({ version: 2, name: "PM2.5 high for 20 min" });
    expect(await codeOf(supervisor.rules.update(edit))).toBe("CONFLICT");
    expect(await codeOf(supervisor.rules.update({ ...edit, version: 2, kind: "silence", params: { subject: "sensor", multiple: 5 } }))).toBe("BAD_REQUEST");
    expect(await codeOf((await as("water", "supervisor")).rules.update({ ...edit, version: 2 }))).toBe("FORBIDDEN");
    expect((await (await as("water", "supervisor")).rules.list()).map((r) => r.id)).not.toContain(rule.id);
  });

  it("validates params per kind and what they name", async () => {
    const supervisor = await as("environment", "supervisor");
    expect(await codeOf(supervisor.rules.create({ name: "Bad", severity: "minor", kind: "threshold", params: { ...pm25, forMinutes: -1 } }))).toBe("BAD_REQUEST");
    expect(await codeOf(supervisor.rules.create({ name: "Bad", severity: "minor", kind: "threshold", params: { ...pm25, sensorIds: ["nope"] } }))).toBe("BAD_REQUEST");
    const zone = { kind: "ward", wardCode: "999" } as const;
    expect(await codeOf(supervisor.rules.create({ name: "Bad", severity: "minor", kind: "geofence", params: { subjects: ["unit"], zone, trigger: "enter" } }))).toBe("BAD_REQUEST");
  });

  it("resolves a rule's open alerts when it is disabled", async () => {
    const supervisor = await as("water", "supervisor");
    const rule = await supervisor.rules.create({ name: "Gauges silent", severity: "minor", kind: "silence", params: { subject: "sensor", multiple: 5 } });
    const alertId = await insertOpenAlert(test.database.db, "water");
    await test.database.db.update(alerts).set({ ruleId: rule.id }).where(eq(alerts.id, alertId));
    expect(await supervisor.rules.setEnabled({ id: rule.id, enabled: false })).toMatchObject({ enabled: false, resolvedAlerts: 1 });
    const [alert] = await test.database.db.select().from(alerts).where(eq(alerts.id, alertId));
    expect(alert).toMatchObject({ status: "resolved", resolveReason: "Its rule was disabled." });
  });

  it("previews what a rule would have fired on over the last day of rollups", async () => {
    await insertSensor(test.database, "pm-westlands");
    const start = Math.floor(Date.now() / 60_000) * 60_000 - 3 * 3_600_000;
    await writeMinutes(test.database.db, "pm-westlands", start, [...Array<number>(15).fill(70), ...Array<number>(5).fill(20), ...Array<number>(12).fill(80)]);
    const preview = await (await as("environment", "supervisor")).rules.preview({ severity: "moderate", kind: "threshold", params: pm25 });
    expect(preview).toMatchObject({ supported: true, hours: 24, sensors: 1 });
    expect(preview.supported && preview.firings.map((f) => [f.subjectId, f.from.getTime(), f.to?.getTime() ?? null])).toEqual([
      ["pm-westlands", start + 20 * 60_000, null],
      ["pm-westlands", start, start + 15 * 60_000],
    ]);
    const geofence = await (await as("environment", "supervisor")).rules.preview({
      severity: "minor",
      kind: "geofence",
      params: { subjects: ["unit"], zone: { kind: "ward", wardCode: "1" }, trigger: "enter" },
    });
    expect(geofence.supported).toBe(false);
  });
});
