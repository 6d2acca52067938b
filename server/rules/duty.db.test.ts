import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "@/db/client";
import { alerts } from "@/db/schema";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@/db/test-database";
import { createRulesDuty } from "./duty";
import { insertRule, insertSensor, writeReading } from "./testing/rule-fixtures";

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe.each(testDatabaseKinds)("rules duty on %s", (kind) => {
  let test: TestDatabase;
  let writer: Database;
  let stop: () => Promise<void>;
  const logs: string[] = [];

  beforeAll(async () => {
    test = await openTestDatabase(kind);
    // On PostgreSQL the readings come from another connection, as from the ingest worker.
    writer = kind === "postgres" ? await openDatabase({ databaseUrl: test.database.url! }) : test.database;
    await insertSensor(test.database, "gauge-1", { agencyId: "water", kind: "water_level" });
    await insertRule(
      test.database,
      "river",
      { kind: "threshold", params: { sensorKind: "water_level", direction: "above", limit: { value: 2 }, forMinutes: 0, clearMargin: 0, clearForMinutes: 0, escalations: [] } },
      { agencyId: "water", severity: "severe" },
    );
    // The clock is far away: only the wake-up can make this pass.
    stop = await createRulesDuty({ clockMs: 3_600_000 }).start({ database: test.database, mqttUrl: "", appUrl: "", log: (m) => logs.push(m) });
  });
  afterAll(async () => {
    await stop?.();
    if (writer !== test?.database) await writer?.close();
    await test?.cleanup();
  });

  // The clock pass is an hour away, so only the live wake-up can open this alert; the time is
  // printed for the record, not asserted (a loaded machine must not fail the suite).
  it("opens the alert on the live wake-up after the reading that crossed the limit is committed", async () => {
    await writeReading(writer.db, "gauge-1", new Date(), 1.5);
    await new Promise((r) => setTimeout(r, 1_500)); // past the pause between passes
    const committed = Date.now();
    await writeReading(writer.db, "gauge-1", new Date(), 2.4);
    const alert = await waitFor(async () => (await test.database.db.select().from(alerts).where(eq(alerts.ruleId, "river")))[0]);
    const latencyMs = Date.now() - committed;
    console.log(`[rules duty on ${kind}] reading committed -> alert row: ${latencyMs} ms`);
    expect(alert).toMatchObject({ status: "open", severity: "severe", subjectId: "gauge-1" });
    expect(logs.filter((l) => l.includes("failed") || l.includes("skipped"))).toEqual([]);
  });
});
