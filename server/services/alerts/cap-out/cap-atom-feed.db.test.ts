import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alerts, capFeedSettings } from "@/db/schema";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@/db/test-database";
import { CAP_NAMESPACE } from "@/server/feeds/cap/cap-types";
import { parseCap } from "@/server/feeds/cap/parse-cap";
import { createApiToken } from "@/server/services/access/manage-api-tokens";
import { ensureAgency, insertOpenAlert, insertRule } from "@/server/rules/testing/rule-fixtures";
import { contextFor, insertUser } from "@/server/test/fixtures";
import { authorizeCapFeed } from "./authorize-cap-feed";
import { capAtomFeed } from "./cap-atom-feed";
import { capIdentifier } from "./alert-to-cap";

describe.each(testDatabaseKinds)("CAP out on %s", (kind) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openTestDatabase(kind);
  });
  afterAll(() => test?.cleanup());

  it("publishes the agency's own alerts as CAP 1.2 that our parser reads back: Alert, Update, Cancel", async () => {
    const { db } = test.database;
    await ensureAgency(test.database, "water");
    await insertRule(test.database, "river", { kind: "silence", params: { subject: "sensor", multiple: 5 } }, { agencyId: "water", name: "River above flood stage" });
    const fresh = await insertOpenAlert(db, "water");
    await db.update(alerts).set({ ruleId: "river" }).where(eq(alerts.id, fresh));
    const acknowledged = await insertOpenAlert(db, "water", "extreme");
    await db.update(alerts).set({ status: "acknowledged", version: 2, updatedAt: new Date() }).where(eq(alerts.id, acknowledged));
    const resolved = await insertOpenAlert(db, "water", "minor");
    await db.update(alerts).set({ status: "resolved", resolvedAt: new Date(), resolveReason: "Back below the stage", version: 3, updatedAt: new Date() }).where(eq(alerts.id, resolved));
    const received = await insertOpenAlert(db, "water");
    await db.update(alerts).set({ source: "cap" }).where(eq(alerts.id, received));

    const xml = await capAtomFeed(db, "water", { feedUrl: "http://127.0.0.1/api/cap/alerts.atom?agency=water", senderDomain: "citydeck.test" });
    const parsed = parseCap(xml, { now: new Date() });
    expect(parsed.rejections).toEqual([]);
    expect(parsed.records).toHaveLength(3);
    const byId = new Map(parsed.records.map((record) => [record.identifier, record]));

    const first = byId.get(capIdentifier(fresh, 1))!;
    expect(first).toMatchObject({ sender: "water@citydeck.test", status: "Actual", msgType: "Alert", scope: "Public", references: [] });
    expect(first.info[0]).toMatchObject({ event: "River above flood stage", urgency: "Immediate", severity: "Severe", certainty: "Observed", category: ["Geo"] });
    expect(first.info[0]!.areas[0]).toMatchObject({ areaDesc: "River gauge 03, Kilimani", circles: [{ center: [36.7835, -1.2921], radiusKm: 0.1 }] });

    const update = byId.get(capIdentifier(acknowledged, 2))!;
    expect(update).toMatchObject({ msgType: "Update", references: [{ sender: "water@citydeck.test", identifier: capIdentifier(acknowledged, 1) }] });
    expect(update.info[0]!.severity).toBe("Extreme");

    const cancel = byId.get(capIdentifier(resolved, 3))!;
    expect(cancel).toMatchObject({ msgType: "Cancel", references: [{ identifier: capIdentifier(resolved, 1) }] });
    expect(cancel.info[0]).toMatchObject({ urgency: "Past", responseType: ["AllClear"] });
    expect(cancel.info[0]!.description).toContain("Resolved: Back below the stage");
    expect(xml).toContain(`<alert xmlns="${CAP_NAMESPACE}">`);
  });

  it("serves a feed only as its agency's setting allows", async () => {
    const { db } = test.database;
    await ensureAgency(test.database, "power");
    const admin = (await contextFor(test.database, { userId: (await insertUser(test.database, "power", "admin")).id })).session!;
    const actor = { userId: admin.userId, label: admin.label, agencyId: "power", sourceAddress: null };
    const token = await createApiToken(db, admin, actor, { kind: "integration", name: "cap reader", scopes: ["read:cap-feed"] });
    const bearer = `Bearer ${token.secret}`;

    await expect(authorizeCapFeed(db, "power", null)).rejects.toThrow("was not found");
    await db.insert(capFeedSettings).values({ agencyId: "power", access: "token" });
    await expect(authorizeCapFeed(db, "power", null)).rejects.toThrow("read:cap-feed");
    await expect(authorizeCapFeed(db, null, bearer)).resolves.toEqual({ agencyId: "power", public: false });
    await expect(authorizeCapFeed(db, "water", bearer)).rejects.toThrow("was not found");
    await db.insert(capFeedSettings).values({ agencyId: "water", access: "token" });
    await expect(authorizeCapFeed(db, "water", bearer)).rejects.toThrow("another agency");
    await db.update(capFeedSettings).set({ access: "public" }).where(eq(capFeedSettings.agencyId, "water"));
    await expect(authorizeCapFeed(db, "water", null)).resolves.toEqual({ agencyId: "water", public: true });
  });
});
