import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { latLngToCell } from "h3-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alerts, auditLog, incidents, sensors } from "@/db/schema";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@/db/test-database";
import { DEFAULT_PLAYLIST } from "@/lib/domain/wallboard";
import { callerFor, insertAgency, insertUser } from "@/server/test/fixtures";

const place = (lon: number, lat: number) => ({ lon, lat, h3: latLngToCell(lat, lon, 9) });
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

describe.each(testDatabaseKinds)("wallboard on %s", (kind) => {
  let test: TestDatabase;
  let caller: Record<"policeDispatcher" | "fireDispatcher" | "policeSupervisor" | "cityViewer", Awaited<ReturnType<typeof callerFor>>>;

  const p1 = async (reportedAt = new Date(), priority = 1) => {
    const values = { agencyId: "police", type: "fire", priority, title: "Fire at Moi Avenue", address: "Moi Avenue", ...place(36.823, -1.284), source: "call", reportedAt } as const;
    return (await test.database.db.insert(incidents).values(values).returning())[0]!;
  };
  const failCode = async (call: Promise<unknown>) => call.then(() => "ok", (error: unknown) => (error instanceof TRPCError ? error.code : String(error)));

  beforeAll(async () => {
    test = await openTestDatabase(kind);
    for (const [id, agencyKind] of [["city", "command"], ["police", "police"], ["fire", "fire"], ["water", "water"]] as const) await insertAgency(test.database, id, agencyKind);
    const as = async (agency: string, role: "dispatcher" | "supervisor" | "viewer") => callerFor(test.database, { userId: (await insertUser(test.database, agency, role)).id });
    caller = { policeDispatcher: await as("police", "dispatcher"), fireDispatcher: await as("fire", "dispatcher"), policeSupervisor: await as("police", "supervisor"), cityViewer: await as("city", "viewer") };
  });
  afterAll(() => test?.cleanup());

  it("interrupts a wall with a new P1, never with an old one or a lower priority, and releases it once acknowledged", async () => {
    const fresh = await p1();
    await p1(minutesAgo(30));
    await p1(new Date(), 2);
    const shown = await caller.cityViewer.wallboard.interrupts();
    expect(shown).toEqual([expect.objectContaining({ kind: "incident", id: fresh.id, headline: "P1 · Fire", place: "Moi Avenue", lon: 36.823, lat: -1.284 })]);

    const ack = await caller.policeDispatcher.wallboard.acknowledgeInterrupt({ kind: "incident", id: fresh.id });
    expect(ack).toMatchObject({ subjectKind: "incident", subjectId: fresh.id, acknowledgedByLabel: expect.stringContaining("dispatcher") });
    expect(await caller.cityViewer.wallboard.interrupts()).toEqual([]);
    const [entry] = await test.database.db.select().from(auditLog).where(eq(auditLog.action, "wallboard.acknowledgeInterrupt"));
    expect(entry).toMatchObject({ entityKind: "incident", entityId: fresh.id });

    expect(await failCode(caller.policeDispatcher.wallboard.acknowledgeInterrupt({ kind: "incident", id: fresh.id }))).toBe("CONFLICT");
  });

  it("lets only the owning agency (or the command center) release its walls", async () => {
    const incident = await p1();
    expect(await failCode(caller.fireDispatcher.wallboard.acknowledgeInterrupt({ kind: "incident", id: incident.id }))).toBe("FORBIDDEN");
    expect(await failCode(caller.policeDispatcher.wallboard.acknowledgeInterrupt({ kind: "alert", id: incident.id }))).toBe("NOT_FOUND");
    await caller.policeDispatcher.wallboard.acknowledgeInterrupt({ kind: "incident", id: incident.id });
  });

  it("interrupts with an open extreme alert, located at its sensor, until the alert inbox acknowledges it", async () => {
    await test.database.db.insert(sensors).values({ id: "gauge-9", agencyId: "water", kind: "water_level", name: "River gauge 09", ...place(36.9, -1.3), unit: "m", cadenceS: 60 });
    const [alert] = await test.database.db
      .insert(alerts)
      .values({ agencyId: "water", severity: "extreme", title: "Nairobi River above major flood stage", subjectKind: "sensor", subjectId: "gauge-9", source: "threshold" })
      .returning();
    await test.database.db.insert(alerts).values({ agencyId: "water", severity: "severe", title: "Not extreme", subjectKind: "sensor", subjectId: "gauge-9", source: "threshold" });
    expect(await caller.cityViewer.wallboard.interrupts()).toEqual([
      expect.objectContaining({ kind: "alert", id: alert!.id, headline: "Extreme alert", place: "River gauge 09", lon: 36.9, lat: -1.3 }),
    ]);
    // Police walls do not see the water company's alerts unless it shares them.
    expect(await caller.policeDispatcher.wallboard.interrupts()).toEqual([]);
    await test.database.db.update(alerts).set({ status: "acknowledged", acknowledgedAt: new Date() }).where(eq(alerts.id, alert!.id));
    expect(await caller.cityViewer.wallboard.interrupts()).toEqual([]);
  });

  it("keeps one playlist per agency, the default until a supervisor saves one", async () => {
    expect(await caller.policeDispatcher.wallboard.settings()).toMatchObject({ playlist: DEFAULT_PLAYLIST, isDefault: true, timezone: "Africa/Nairobi" });
    const entries = [{ panel: "emergency" as const, dwellS: 45 }, { panel: "overview" as const, dwellS: 15 }];
    await caller.policeSupervisor.wallboard.savePlaylist({ entries });
    expect(await caller.policeDispatcher.wallboard.settings()).toMatchObject({ playlist: entries, isDefault: false });
    expect(await caller.cityViewer.wallboard.settings()).toMatchObject({ isDefault: true });
    expect(await failCode(caller.policeSupervisor.wallboard.savePlaylist({ entries: [entries[0]!, entries[0]!] }))).toBe("BAD_REQUEST");
  });
});
