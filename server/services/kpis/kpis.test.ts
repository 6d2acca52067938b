import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@/db/test-database";
import type { Kpi } from "@/lib/domain/kpis";
import { callerFor, insertUser } from "@/server/test/fixtures";
import { emergencyKpis } from "./emergency/emergency-kpis";
import { environmentKpis } from "./environment/environment-kpis";
import { feedHealthKpi } from "./feed-health-kpi";
import { cachedHourlyResults } from "./hourly-cache";
import { ROLLUP_BUCKETS } from "./reading-buckets";
import type { KpiContext } from "./kpi-context";
import { buildKpiCity, NOW } from "./testing/kpi-city";
import { transportKpis } from "./transport/transport-kpis";
import { utilitiesKpis } from "./utilities/utilities-kpis";

const byId = (kpis: Kpi[]) => Object.fromEntries(kpis.map((k) => [k.id, k]));
const ago = (seconds: number) => new Date(NOW.getTime() - seconds * 1000);

describe.each(testDatabaseKinds)("wallboard KPIs on %s", (kind) => {
  let test: TestDatabase;
  let ctx: KpiContext;

  beforeAll(async () => {
    test = await openTestDatabase(kind);
    await buildKpiCity(test.database);
    ctx = { db: test.database.db, now: NOW, clock: { timezone: "Africa/Nairobi", utcOffsetMinutes: 180 }, buckets: ROLLUP_BUCKETS, hours: cachedHourlyResults(test.database.db, NOW), scope: async () => "all" };
  });
  afterAll(() => test?.cleanup());

  it("emergency: open incidents, NFPA dispatch share, response times and units, worked out by hand", async () => {
    const k = byId((await emergencyKpis(ctx)).kpis);
    expect(k["open-incidents"]).toMatchObject({ value: 3, status: "warn", baseline: { sameHourYesterday: 0, median7d: 0 } });
    expect(k["open-incidents"]!.rows.map((r) => [r.label, r.value])).toEqual([["P1", 2], ["P2", 0], ["P3", 1], ["P4", 0]]);
    expect(k["open-incidents"]!.trend.slice(-2)).toEqual([1, 3]);

    // Today: 45 s in time; 120 s late; waiting 150 s late; waiting 30 s undecided → 1 of 3. Seven days add yesterday's 30 s.
    expect(k["dispatch-within-60s"]).toMatchObject({ value: 33.3, status: "bad", note: "Target 90% · 7 days 50%", baseline: { sameHourYesterday: 100, median7d: 100 } });
    expect(k["dispatch-within-60s"]!.rows.map((r) => [r.label, r.value, r.note])).toEqual([["Today", 33.3, "1 of 3 calls"], ["7 days", 50, "2 of 4 calls"]]);
    expect(k["dispatch-within-60s"]!.trend.slice(-2)).toEqual([0, 50]);

    // Dispatch to scene in the last 24 h: 8 min (P1) and 10 min (P2): median 9, p90 9.8. P1's travel target is 8 min - 60 s = 7.
    expect(k["response-time"]).toMatchObject({ value: 9, note: "Median 24 h · p90 9.8 min", status: "warn", baseline: { sameHourYesterday: 6, median7d: 6 } });
    expect(k["response-time"]!.rows.map((r) => [r.label, r.value, r.note, r.status])).toEqual([
      ["P1", 8, "p90 8 min · target 7", "warn"],
      ["P2", 10, "p90 10 min · target 13.5", "good"],
    ]);

    expect(k["units-available"]).toMatchObject({ value: 1, note: "of 3 units", status: "bad", baseline: null, trend: [] });
    expect(k["units-available"]!.rows.map((r) => [r.label, r.value, r.note, r.status])).toEqual([
      ["Ambulance", 0, "of 1", "bad"],
      ["Police", 1, "of 2", "good"],
    ]);
  });

  it("transport: matatus in service and on time, corridor speed from the minute and hour rollups", async () => {
    const k = byId((await transportKpis(ctx)).kpis);
    expect(k["matatus-in-service"]).toMatchObject({ value: 2, note: "of 3 tracked", asOf: ago(30), staleAfterS: 90 });
    expect(k["matatus-on-time"]).toMatchObject({ value: 50, status: "bad" });
    // 12:20 (40) and 12:25 (20) are inside the quarter hour; 12:10 is not; Outer Ring Road is not a main corridor.
    expect(k["corridor-speed"]).toMatchObject({ value: 30, status: "warn", asOf: ago(300), baseline: { sameHourYesterday: 70, median7d: 70 } });
    expect(k["corridor-speed"]!.rows.map((r) => [r.label, r.value, r.note])).toEqual([["Mombasa Road", 30, "limit 80"]]);
    expect(k["corridor-speed"]!.trend.at(-1)).toBe(30);
  });

  it("environment: worst wards on the AQI, rivers against their stages, noise above the day and night limits", async () => {
    const k = byId((await environmentKpis(ctx)).kpis);
    // Nairobi Central: (40 + 20) / 2 = 30 µg/m³ → AQI 90, Moderate. Kilimani: 8 → 44, Good.
    expect(k["air-quality"]).toMatchObject({ value: 90, note: "Moderate · PM2.5 24 h mean", color: "#ffff00", status: "warn" });
    expect(k["air-quality"]!.rows.map((r) => [r.label, r.value, r.note])).toEqual([["Nairobi Central", 90, "Moderate"], ["Kilimani", 44, "Good"]]);
    // Hourly worst ward: 11:00 only Central, 20 → 71; 12:00 max(40, 8) = 40 → 112. Baselines: the 24 h mean ending yesterday at 12:00 was 12 → 56.
    expect(k["air-quality"]!.trend.slice(-2)).toEqual([71, 112]);
    expect(k["air-quality"]!.baseline).toEqual({ sameHourYesterday: 56, median7d: 56 });

    expect(k["river-levels"]).toMatchObject({ value: 1, note: "of 2 gauges reporting", status: "warn" });
    expect(k["river-levels"]!.rows.map((r) => [r.label, r.value, r.note])).toEqual([
      ["River gauge 01", 1.7, "Action stage · action 1.5 m"],
      ["River gauge 02", 0.5, "Below action stage · action 1.5 m"],
    ]);
    expect(k["river-levels"]!.trend.at(-1)).toBe(1);

    expect(k["noise-exceedances"]).toMatchObject({ value: 1, status: "warn", note: "of 2 monitors · limit 53 dB (day), past hour" });
    expect(k["noise-exceedances"]!.rows.map((r) => [r.label, r.value, r.status])).toEqual([["noise-loud", 60, "bad"], ["noise-quiet", 50, "good"]]);
    // 00:00 local (21:00 UTC), 15 hours before the current hour: 50 dB is above the night limit of 45.
    expect(k["noise-exceedances"]!.trend[8]).toBe(1);
    expect(k["noise-exceedances"]!.trend.at(-1)).toBe(1);
  });

  it("utilities: substation peak, lamps out weighted by circuit, full bins, open requests and their median age", async () => {
    const k = byId((await utilitiesKpis(ctx)).kpis);
    expect(k["substation-load"]).toMatchObject({ value: 85, status: "warn", note: "1 of 2 at 80% or more" });
    expect(k["substation-load"]!.trend.at(-1)).toBe(85);
    // 40 lamps at 90 % lit and 20 lamps dark: 4 + 20 = 24 of 60 out.
    expect(k["street-lights-out"]).toMatchObject({ value: 40, status: "bad", note: "24 of 60 lamps on 2 circuits" });
    expect(k["street-lights-out"]!.trend.at(-1)).toBe(40);
    expect(k["bins-full"]).toMatchObject({ value: 1, status: "good", note: "of 2 bins reporting" });
    expect(k["bins-full"]!.trend.at(-1)).toBe(1);
    expect(k["open-requests"]).toMatchObject({ value: 2, note: "Median age 4 h", status: "good" });
    expect(k["open-requests"]!.rows.map((r) => [r.label, r.value])).toEqual([["Pothole", 1], ["Street light out", 1]]);
    expect(k["open-requests"]!.trend.at(-1)).toBe(2);
  });

  it("feed health counts enabled feeds and names the unhealthy ones", async () => {
    expect(await feedHealthKpi(ctx)).toMatchObject({ value: 1, note: "of 2 healthy · 0 stale · 1 failing", status: "bad", rows: [{ label: "Weather warnings", note: "failing" }] });
  });

  it("through the router, each caller sees only what its agency may", async () => {
    const police = await callerFor(test.database, { userId: (await insertUser(test.database, "police", "viewer")).id });
    const city = await callerFor(test.database, { userId: (await insertUser(test.database, "city", "viewer")).id });
    const units = async (caller: typeof police) => byId((await caller.kpis.emergency()).kpis)["units-available"];
    expect(await units(police)).toMatchObject({ value: 1, note: "of 2 units" });
    expect(await units(city)).toMatchObject({ value: 1, note: "of 3 units" });
    const matatus = async (caller: typeof police) => byId((await caller.kpis.transport()).kpis)["matatus-in-service"];
    expect(await matatus(police)).toMatchObject({ value: null, note: "No vehicles tracked" });
    expect(await matatus(city)).toMatchObject({ note: "of 3 tracked" });
    expect((await police.kpis.utilities()).kpis.find((k) => k.id === "bins-full")).toMatchObject({ value: null });
  });
});
