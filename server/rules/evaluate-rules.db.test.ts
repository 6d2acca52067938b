import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alerts, units } from "@/db/schema";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@/db/test-database";
import { describeChanges, evaluateRules } from "./evaluate-rules";
import { insertUnit } from "@/server/test/dispatch-fixtures";
import { insertRule, insertSensor, writeMinutes, writeReading } from "./testing/rule-fixtures";

const MINUTE = 60_000;
const repeat = (value: number, count: number) => Array<number>(count).fill(value);

describe.each(testDatabaseKinds)("rules engine on %s", (kind) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openTestDatabase(kind);
  });
  afterAll(() => test?.cleanup());

  const alertsOf = (ruleId: string) => test.database.db.select().from(alerts).where(eq(alerts.ruleId, ruleId)).orderBy(asc(alerts.openedAt));
  const passAt = (ms: number) => evaluateRules(test.database.db, { now: new Date(ms) });

  it("opens ONE alert for a sustained crossing, counts a re-crossing as a re-trigger, and resolves once it clears", async () => {
    const { db } = test.database;
    await insertSensor(test.database, "pm-kilimani");
    await insertRule(test.database, "pm25", {
      kind: "threshold",
      params: { sensorKind: "air_quality", direction: "above", limit: { value: 55.4 }, forMinutes: 30, clearMargin: 5, clearForMinutes: 5, escalations: [] },
    });
    const start = Date.parse("2026-03-10T06:00:00Z");

    let t = await writeMinutes(db, "pm-kilimani", start, repeat(60, 29));
    await passAt(t);
    expect(await alertsOf("pm25")).toHaveLength(0);

    t = await writeMinutes(db, "pm-kilimani", t, [61]);
    // What the rules duty logs of each pass.
    expect(describeChanges((await passAt(t)).changes)).toBe("alerts: 1 opened");
    expect(describeChanges((await passAt(t + 5_000)).changes)).toBeNull();
    const [opened, ...others] = await alertsOf("pm25");
    expect(others).toHaveLength(0);
    expect(opened).toMatchObject({
      status: "open",
      severity: "moderate",
      source: "threshold",
      subjectKind: "sensor",
      subjectId: "pm-kilimani",
      agencyId: "environment",
      sensorKind: "air_quality",
      retriggerCount: 0,
      triggeredAt: new Date(start),
      area: { type: "Point", coordinates: [36.7835, -1.2921] },
    });

    // Dips into the hysteresis band (not clear), then crosses again for another 30 minutes.
    t = await writeMinutes(db, "pm-kilimani", t, [53, ...repeat(70, 30)]);
    expect(describeChanges((await passAt(t)).changes)).toBe("alerts: 1 re-triggered");
    const [retriggered, ...none] = await alertsOf("pm25");
    expect(none).toHaveLength(0);
    expect(retriggered).toMatchObject({ id: opened!.id, status: "open", retriggerCount: 1, triggeredAt: new Date(start + 31 * MINUTE) });

    t = await writeMinutes(db, "pm-kilimani", t, repeat(50, 4));
    await passAt(t);
    expect((await alertsOf("pm25"))[0]!.status).toBe("open");
    t = await writeMinutes(db, "pm-kilimani", t, [49]);
    await passAt(t);
    const [resolved, ...still] = await alertsOf("pm25");
    expect(still).toHaveLength(0);
    expect(resolved).toMatchObject({ id: opened!.id, status: "resolved", resolvedBy: "rules", resolveReason: "Back to 49 ug/m3 (limit 55.4 ug/m3)." });

    // A new crossing after the resolution opens a new alert.
    t = await writeMinutes(db, "pm-kilimani", t, repeat(80, 30));
    await passAt(t);
    expect((await alertsOf("pm25")).map((a) => a.status)).toEqual(["resolved", "open"]);
  });

  it("keeps an alert resolved by hand resolved while the same crossing lasts", async () => {
    const { db } = test.database;
    await insertSensor(test.database, "bin-1", { agencyId: "waste", kind: "waste_bin_fill" });
    await insertRule(test.database, "bins", { kind: "threshold", params: { sensorKind: "waste_bin_fill", direction: "above", limit: { value: 90 }, forMinutes: 0, clearMargin: 0, clearForMinutes: 0, escalations: [] } }, { agencyId: "waste" });
    const start = Date.parse("2026-03-10T08:00:00Z");
    let t = await writeMinutes(db, "bin-1", start, [95]);
    await passAt(t);
    const [alert] = await alertsOf("bins");
    await db.update(alerts).set({ status: "resolved", resolvedAt: new Date(t), resolvedBy: "someone@waste", resolveReason: "Collected" }).where(eq(alerts.id, alert!.id));
    t = await writeMinutes(db, "bin-1", t, [96, 97]);
    await passAt(t);
    expect(await alertsOf("bins")).toHaveLength(1);
    t = await writeMinutes(db, "bin-1", t, [10, 95]);
    await passAt(t);
    expect((await alertsOf("bins")).map((a) => a.status)).toEqual(["resolved", "open"]);
  });

  it("opens a silence alert for a sensor quiet for five times its cadence, and resolves it when it reports", async () => {
    const { db } = test.database;
    await insertSensor(test.database, "gauge-quiet", { agencyId: "water", kind: "water_level" });
    await insertRule(test.database, "silence", { kind: "silence", params: { subject: "sensor", multiple: 5 } }, { agencyId: "city", severity: "minor" });
    const heard = Date.parse("2026-03-10T10:00:00Z");
    await writeReading(db, "gauge-quiet", new Date(heard), 1.2);
    const aboutGauge = async () => (await alertsOf("silence")).filter((a) => a.subjectId === "gauge-quiet");
    await passAt(heard + 5 * MINUTE);
    expect(await aboutGauge()).toHaveLength(0);
    await passAt(heard + 5 * MINUTE + 1_000);
    expect(await aboutGauge()).toMatchObject([{ status: "open", agencyId: "water", severity: "minor", source: "silence" }]);
    await writeReading(db, "gauge-quiet", new Date(heard + 6 * MINUTE), 1.3);
    await passAt(heard + 6 * MINUTE + 1_000);
    expect(await aboutGauge()).toMatchObject([{ status: "resolved", resolveReason: "Reporting again." }]);

    // CityDeck restarts an hour later: the gauge's silence counts from the restart, so the first
    // passes open nothing, and an alert opens only once it stays silent five cadences after it.
    const restart = new Date(heard + 66 * MINUTE);
    const passAfterRestart = (ms: number) => evaluateRules(db, { now: new Date(restart.getTime() + ms), listeningSince: restart });
    await passAfterRestart(1_000);
    await passAfterRestart(5 * MINUTE);
    expect((await aboutGauge()).map((a) => a.status)).toEqual(["resolved"]);
    await passAfterRestart(5 * MINUTE + 1_000);
    expect((await aboutGauge()).map((a) => a.status)).toEqual(["resolved", "open"]);
  });

  it("geofence: alerts while a unit is inside a drawn zone, and once a unit seen inside has left", async () => {
    const { db } = test.database;
    const ring: [number, number][] = [[36.85, -1.27], [36.87, -1.27], [36.87, -1.25], [36.85, -1.25], [36.85, -1.27]];
    const zone = { kind: "polygon" as const, name: "Mathare valley", polygon: { type: "Polygon" as const, coordinates: [ring] } };
    await insertRule(test.database, "units-in", { kind: "geofence", params: { subjects: ["unit"], zone, trigger: "enter" } }, { agencyId: "police" });
    await insertRule(test.database, "units-out", { kind: "geofence", params: { subjects: ["unit"], zone, trigger: "leave" } }, { agencyId: "police" });
    const unit = await insertUnit(db, "police", { lon: 36.8, lat: -1.3 });
    const moveTo = (lon: number, lat: number) => db.update(units).set({ lon, lat }).where(eq(units.id, unit.id));
    const statuses = async (ruleId: string) => (await alertsOf(ruleId)).map((a) => a.status);
    const t = Date.parse("2026-03-10T12:00:00Z");

    await passAt(t);
    expect([await statuses("units-in"), await statuses("units-out")]).toEqual([[], []]);
    await moveTo(36.86, -1.26);
    await passAt(t + 1_000);
    expect([await statuses("units-in"), await statuses("units-out")]).toEqual([["open"], []]);
    expect((await alertsOf("units-in"))[0]).toMatchObject({ source: "geofence", subjectKind: "unit", subjectId: unit.id, areaDesc: "Mathare valley" });
    await moveTo(36.9, -1.26);
    await passAt(t + 2_000);
    expect([await statuses("units-in"), await statuses("units-out")]).toEqual([["resolved"], ["open"]]);
    await passAt(t + 3_000); // still outside: the departure stays one alert
    expect(await statuses("units-out")).toEqual(["open"]);
  });

  it("a pass focused on the sensors just written judges only them, and leaves the others' alerts alone", async () => {
    const { db } = test.database;
    for (const id of ["focus-a", "focus-b"]) await insertSensor(test.database, id, { agencyId: "roads", kind: "traffic_speed" });
    await insertRule(test.database, "slow", { kind: "threshold", params: { sensorKind: "traffic_speed", direction: "below", limit: { value: 15 }, forMinutes: 0, clearMargin: 0, clearForMinutes: 0, escalations: [] } }, { agencyId: "roads" });
    const t = Date.parse("2026-03-10T17:00:00Z");
    await writeMinutes(db, "focus-a", t, [9]);
    await writeMinutes(db, "focus-b", t, [9]);
    await passAt(t + 30_000);
    expect((await alertsOf("slow")).map((a) => [a.subjectId, a.status])).toEqual([["focus-a", "open"], ["focus-b", "open"]]);
    await writeMinutes(db, "focus-b", t + 60_000, [40]);
    await evaluateRules(db, { now: new Date(t + 90_000), topics: new Set(["sensors"]), sensors: new Set(["focus-b"]) });
    expect((await alertsOf("slow")).map((a) => [a.subjectId, a.status])).toEqual([["focus-a", "open"], ["focus-b", "resolved"]]);
    await evaluateRules(db, { now: new Date(t + 95_000), topics: new Set(["sensors"]), sensors: new Set() });
    expect((await alertsOf("slow")).map((a) => a.status)).toEqual(["open", "resolved"]);
  });
});
