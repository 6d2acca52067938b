import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alerts } from "@/db/schema";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@/db/test-database";
import type { AlertStatus } from "@/lib/domain/alerts";
import { ensureAgency, insertSensor } from "@/server/rules/testing/rule-fixtures";
import { callerFor, insertUser } from "@/server/test/fixtures";
import { trpcErrorCode as codeOf } from "./testing/trpc-error-code";

const GAUGE = { kind: "sensor", id: "gauge-03" } as const;

describe.each(testDatabaseKinds)("alerts.list narrowed by a link on %s", (kind) => {
  let test: TestDatabase;
  const viewerOf = async (agencyId: string) => callerFor(test.database, { userId: (await insertUser(test.database, agencyId, "viewer")).id });

  /** An alert of `agencyId` about `subject`, opened `minutesAgo`. */
  async function insertAlert(agencyId: string, subject: { kind: string; id: string }, status: AlertStatus, minutesAgo: number) {
    const openedAt = new Date(Date.now() - minutesAgo * 60_000);
    const [row] = await test.database.db
      .insert(alerts)
      .values({
        agencyId,
        severity: "moderate",
        status,
        title: `${subject.kind} ${subject.id} ${status} ${minutesAgo} min ago`,
        subjectKind: subject.kind,
        subjectId: subject.id,
        source: subject.kind === "feed" ? "silence" : "threshold",
        openedAt,
        triggeredAt: openedAt,
        resolvedAt: status === "resolved" ? new Date() : null,
      })
      .returning({ id: alerts.id });
    return row!.id;
  }

  let history: string[];
  let policeAlert: string;

  beforeAll(async () => {
    test = await openTestDatabase(kind);
    for (const id of ["city", "water", "police"]) await ensureAgency(test.database, id);
    await insertSensor(test.database, GAUGE.id, { agencyId: "water", kind: "water_level" });
    // The gauge's history, newest first, in every status; around it, alerts about other subjects.
    history = [await insertAlert("water", GAUGE, "open", 5), await insertAlert("water", GAUGE, "acknowledged", 60), await insertAlert("water", GAUGE, "resolved", 600)];
    await insertAlert("water", { kind: "sensor", id: "gauge-04" }, "open", 1);
    await insertAlert("water", { kind: "feed", id: GAUGE.id }, "open", 2);
    // Another agency's alert about the same subject (a police rule watching the gauge): not shared with water.
    policeAlert = await insertAlert("police", GAUGE, "open", 3);
  });
  afterAll(() => test?.cleanup());

  it("lists one subject's alerts in every status, newest first, within the viewer's agency scope", async () => {
    const water = await viewerOf("water");
    expect((await water.alerts.list({ subject: GAUGE })).items.map((a) => a.id)).toEqual(history);
    // Other filters still apply on top of the subject.
    expect((await water.alerts.list({ subject: GAUGE, status: ["open", "acknowledged"] })).items.map((a) => a.id)).toEqual(history.slice(0, 2));
    // The command center sees every agency's alerts about it.
    expect((await (await viewerOf("city")).alerts.list({ subject: GAUGE })).items.map((a) => a.id)).toEqual([policeAlert, ...history]);
    expect((await (await viewerOf("police")).alerts.list({ subject: GAUGE })).items.map((a) => a.id)).toEqual([policeAlert]);
  });

  it("finds one alert by id in any status, and nothing for an alert the viewer may not see or that does not exist", async () => {
    const water = await viewerOf("water");
    expect((await water.alerts.list({ id: history[2]! })).items).toMatchObject([{ id: history[2], status: "resolved", subjectId: GAUGE.id }]);
    // Not shared and not there read the same: an empty page, never an error that tells them apart.
    expect(await water.alerts.list({ id: policeAlert })).toEqual({ items: [], nextCursor: null });
    expect(await water.alerts.list({ id: randomUUID() })).toEqual({ items: [], nextCursor: null });
    expect((await (await viewerOf("city")).alerts.list({ id: policeAlert })).items.map((a) => a.id)).toEqual([policeAlert]);
  });

  it("refuses a malformed subject or alert id", async () => {
    const water = await viewerOf("water");
    const refused = (input: unknown) => codeOf(water.alerts.list(input as Parameters<typeof water.alerts.list>[0]));
    expect(await refused({ subject: { kind: "planet", id: "mars" } })).toBe("BAD_REQUEST");
    expect(await refused({ subject: { kind: "sensor", id: "" } })).toBe("BAD_REQUEST");
    expect(await refused({ subject: { kind: "sensor", id: "gauge 03" } })).toBe("BAD_REQUEST");
    expect(await refused({ id: "42" })).toBe("BAD_REQUEST");
  });

  it("names a sensor for the viewers who may see it, and finds none for the others", async () => {
    expect(await (await viewerOf("water")).sensors.get({ id: GAUGE.id })).toMatchObject({ id: GAUGE.id, name: `Monitor ${GAUGE.id}`, agencyId: "water" });
    expect(await codeOf((await viewerOf("police")).sensors.get({ id: GAUGE.id }))).toBe("NOT_FOUND");
    expect(await codeOf((await viewerOf("water")).sensors.get({ id: "no-such-sensor" }))).toBe("NOT_FOUND");
  });
});
