import { eq } from "drizzle-orm";
import { latLngToCell } from "h3-js";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { incidents } from "@/db/schema";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@/db/test-database";
import type { AgencyScope } from "@/server/auth/agency-scope";
import { insertAgency } from "@/server/test/fixtures";
import { UNCACHED_HOURS } from "../hourly-cache";
import type { KpiContext } from "../kpi-context";
import { ROLLUP_BUCKETS } from "../reading-buckets";
import { emergencyKpis } from "./emergency-kpis";
import { loadIncidentWindow } from "./incident-window";

const NOW = new Date("2026-11-29T12:30:00Z");
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const ago = (ms: number, from = NOW) => new Date(from.getTime() - ms);

describe.each(testDatabaseKinds)("the emergency KPIs' incident window on %s", (kind) => {
  let test: TestDatabase;
  // Each test has agencies of its own and reads within them, so the tests share one database.
  let police: string;
  let ambulance: string;
  let agencyCount = 0;
  const contextAt = (now: Date, scope: AgencyScope = [police, ambulance]): KpiContext => ({
    db: test.database.db,
    now,
    clock: { timezone: "Africa/Nairobi", utcOffsetMinutes: 180 },
    buckets: ROLLUP_BUCKETS,
    hours: UNCACHED_HOURS,
    scope: async () => scope,
  });
  const windowAt = async (now: Date, scope?: AgencyScope) => (await loadIncidentWindow(contextAt(now, scope))).map((i) => i.reportedAt.getTime()).sort();

  async function insertCall(agencyId: string, reportedAt: Date, fields: Partial<typeof incidents.$inferInsert> = {}) {
    const [row] = await test.database.db
      .insert(incidents)
      .values({ agencyId, type: "medical", priority: 2, status: "new", title: "Call", lon: 36.82, lat: -1.29, h3: latLngToCell(-1.29, 36.82, 9), source: "call", reportedAt, ...fields })
      .returning({ id: incidents.id });
    return row!.id;
  }

  beforeAll(async () => {
    test = await openTestDatabase(kind);
  });
  afterAll(() => test?.cleanup());
  beforeEach(async () => {
    [police, ambulance] = [`police-${++agencyCount}`, `ambulance-${agencyCount}`];
    for (const id of [police, ambulance]) await insertAgency(test.database, id, "police");
  });

  it("holds the week, and a day before it, plus whatever is still active", async () => {
    await insertCall(police, ago(HOUR_MS));
    await insertCall(police, ago(8 * DAY_MS + 2 * HOUR_MS), { status: "closed", closedAt: ago(8 * DAY_MS) }); // before the window, closed
    await insertCall(police, ago(30 * DAY_MS)); // long ago, still open
    expect(await windowAt(NOW)).toEqual([ago(30 * DAY_MS), ago(HOUR_MS)].map((d) => d.getTime()));
  });

  it("sees every write after the first read: new calls, late ones, dispatches and closings", async () => {
    const open = await insertCall(police, ago(2 * HOUR_MS));
    const old = await insertCall(police, ago(20 * DAY_MS));
    expect(await windowAt(NOW)).toHaveLength(2);

    await insertCall(police, ago(10 * 60_000));
    // Reported three hours ago but recorded only now (a late entry): its hour's figures change.
    await insertCall(police, ago(3 * HOUR_MS), { status: "cleared", dispatchedAt: ago(3 * HOUR_MS - 30_000), clearedAt: ago(2 * HOUR_MS) });
    await test.database.db.update(incidents).set({ status: "dispatched", dispatchedAt: ago(2 * HOUR_MS - 90_000) }).where(eq(incidents.id, open));
    // An incident from before the window leaves it once closed.
    await test.database.db.update(incidents).set({ status: "closed", closedAt: ago(60_000) }).where(eq(incidents.id, old));

    const window = await loadIncidentWindow(contextAt(NOW));
    expect(window.map((i) => i.reportedAt.getTime()).sort()).toEqual([ago(3 * HOUR_MS), ago(2 * HOUR_MS), ago(10 * 60_000)].map((d) => d.getTime()));
    expect(window.find((i) => i.reportedAt.getTime() === ago(2 * HOUR_MS).getTime())).toMatchObject({ dispatchedAt: ago(2 * HOUR_MS - 90_000), endedAt: null });
    expect(window.find((i) => i.reportedAt.getTime() === ago(3 * HOUR_MS).getTime())).toMatchObject({ endedAt: ago(2 * HOUR_MS) });
  });

  it("gives the KPIs the late call's hour anew", async () => {
    await insertCall(police, ago(3 * HOUR_MS), { status: "cleared", dispatchedAt: ago(3 * HOUR_MS - 30_000), clearedAt: ago(2 * HOUR_MS) });
    const dispatchTrend = async () => (await emergencyKpis(contextAt(NOW))).kpis.find((k) => k.id === "dispatch-within-60s")!.trend;
    // The trend ends with the current hour (12:00): 09:00 is the fourth from the end.
    expect((await dispatchTrend()).slice(-4)).toEqual([100, null, null, null]);
    await insertCall(police, ago(3 * HOUR_MS - 60_000), { status: "cleared", dispatchedAt: ago(3 * HOUR_MS - 60_000 - 120_000), clearedAt: ago(2 * HOUR_MS) });
    expect((await dispatchTrend()).slice(-4)).toEqual([50, null, null, null]);
  });

  it("moves on with time: calls age out of the window, and a caller asking further back reloads", async () => {
    await insertCall(police, ago(7 * DAY_MS + 12 * HOUR_MS, NOW), { status: "closed", closedAt: ago(7 * DAY_MS, NOW) });
    await insertCall(police, ago(HOUR_MS));
    expect(await windowAt(NOW)).toHaveLength(2);
    expect(await windowAt(new Date(NOW.getTime() + DAY_MS))).toHaveLength(1);
    expect(await windowAt(NOW)).toHaveLength(2);
  });

  it("answers each caller within its own scope", async () => {
    await insertCall(police, ago(HOUR_MS));
    await insertCall(ambulance, ago(2 * HOUR_MS));
    expect(await windowAt(NOW, [police])).toEqual([ago(HOUR_MS).getTime()]);
    expect(await windowAt(NOW, [ambulance])).toEqual([ago(2 * HOUR_MS).getTime()]);
    expect(await windowAt(NOW)).toHaveLength(2);
  });

  it("shares one pull between panels asking at once, and each gets the same window", async () => {
    await insertCall(police, ago(HOUR_MS));
    await windowAt(NOW);
    await insertCall(police, ago(30 * 60_000));
    const windows = await Promise.all([windowAt(NOW), windowAt(NOW), windowAt(NOW, [police])]);
    expect(windows).toEqual([windows[0], windows[0], windows[0]]);
    expect(windows[0]).toHaveLength(2);
  });
});
